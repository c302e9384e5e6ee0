/** The French usage text printed by --help and after a usage error. */
export const USAGE = `Valorise : valorisation du temps bénévole des associations

Utilisation :
  valorise rapport <fichier> [--annee AAAA] [--sortie DOSSIER] [--json] [--feuille NOM] [--roles FICHIER]
                   [--alias FICHIER] [--associations FICHIER] [--association NOM] [--du JJ/MM/AAAA --au JJ/MM/AAAA]
                   [--colonne CHAMP="EN-TÊTE"]... [--ecraser] [--pdf] [options de valorisation]
  valorise attestations <fichier> --sortie DOSSIER [--annee AAAA] [--association NOM] [--benevole NOM]
                   [--signataire NOM --qualite QUALITÉ --lieu VILLE] [mêmes options que rapport]
  valorise recus <fichier> --sortie DOSSIER [--annee AAAA] [--association NOM] [--benevole NOM]
                   [--premier-numero N] [--signataire NOM --qualite QUALITÉ --lieu VILLE] [mêmes options]
  valorise --help

Commande :
  rapport   pour chaque association du journal, sur son exercice : totaux d'heures par bénévole,
            valorisation, comptabilité (comptes 86/87, écritures de clôture) ; le statut CEC de l'année
            civile, toutes associations confondues ; les lignes du journal écartées ; avec --pdf,
            le rapport annuel en un PDF pour l'assemblée générale
  attestations
            un PDF A4 par bénévole et par association (attestation de bénévolat, et la fiche CEC
            des bénévoles concernés), un PDF qui les réunit tous, la liste à valider du valideur CEC
  recus     un reçu fiscal (Cerfa 11580) par bénévole qui a abandonné ses frais kilométriques

Fichier : export de Bénévalibre (.csv, .xlsx, .json), réponses d'un formulaire Google ou journal
tenu dans un tableur (.csv, .tsv, .txt, .xlsx), avec les en-têtes sur la première ligne. Les
colonnes sont reconnues au sens de leur en-tête (« Nom et prénom », « Date de l'action »,
« Durée (heures) », « Km parcourus »…) ; le rapport dit lesquelles sont lues et lesquelles ignorées.

Options :
  --annee AAAA       année du rapport : l'exercice clos en AAAA de chaque association, le CEC de
                     l'année civile AAAA (par défaut : la plus récente, non future, qui porte au moins
                     5 % des actions du journal)
  --associations F   table des associations (.csv, .xlsx) : Association, SIREN, RNA, Date de déclaration,
                     Article 200 du CGI, Plan comptable, Clôture, Territoire, Adresse, Objet,
                     Aide aux personnes en difficulté (oui : réduction d'impôt de 75 % jusqu'à 1 000 €)
  --association NOM  le rapport d'une seule association du journal (par défaut : chacune à part)
  --du JJ/MM/AAAA --au JJ/MM/AAAA
                     totaux et valorisation sur une période quelconque, jours inclus (sans comptes :
                     ils portent sur un exercice)
  --sortie DOSSIER   écrit aussi dans DOSSIER (créé au besoin) rapport-AAAA.json, puis pour chaque
                     association, son nom à la fin de chaque fichier : le classeur rapport-AAAA.xlsx
                     (Synthèse en tête), benevoles-AAAA.csv, comptabilite-AAAA.csv et les écritures
                     de clôture à importer en comptabilité (ce n'est pas le FEC) :
                     ecritures-benevolat-<SIREN>-<date de clôture>.txt (disposition A47 A-1,
                     ISO 8859-15) et ecritures-benevolat-paheko-<SIREN>-<date de clôture>.csv ;
                     AAAA devient 2024-2025 pour un exercice à cheval sur deux années. Un fichier
                     déjà présent n'est pas remplacé (Valorise refuse et le nomme), un fichier lu
                     (journal, tables) jamais ; chaque fichier est écrit à part, puis mis en place
                     quand tous sont prêts
  --ecraser          avec --sortie : remplace les fichiers de même nom déjà présents dans DOSSIER
  --pdf              avec rapport et --sortie : écrit aussi le rapport annuel en PDF
  --benevoles F      table des bénévoles (.csv, .xlsx) : Bénévole, Adresse, Véhicule (voiture, moto,
                     cyclomoteur), CV, Électrique, Agent public ; le barème kilométrique (--cv)
                     s'applique au véhicule de chacun, à défaut à celui des options
  --benevole NOM     les documents d'un seul bénévole
  --premier-numero N numéro d'ordre du premier reçu (par défaut 1), les suivants à la suite
  --signataire NOM, --qualite QUALITÉ, --lieu VILLE
                     qui signe les documents pour l'association (sinon, des lignes à remplir à la main)
  --json             affiche le rapport en JSON au lieu d'un texte
  --feuille NOM      feuille à lire dans un classeur .xlsx (par défaut : la première)
  --roles FICHIER    table des rôles (.csv, .xlsx) : Bénévole, Rôle, et au choix Association, Date de naissance
                     (par défaut : la colonne Rôle du journal, si elle existe)
  --alias FICHIER    table des alias (.csv, .xlsx) : « Nom dans le journal » et « Nom retenu », pour compter
                     ensemble deux orthographes d'un même bénévole ou d'une même association
  --colonne CHAMP="EN-TÊTE"
                     lit CHAMP dans la colonne de cet en-tête au lieu de la reconnaître (répétable ;
                     EN-TÊTE vide : aucune colonne pour ce champ). CHAMP parmi :
                       benevole (nom complet), prenom, nom, pseudo, email, date (de l'action),
                       fin (date de fin), horodateur (réponse au formulaire), heures (en décimal),
                       duree, debut et heure-fin (heures de début et de fin), categorie, projet,
                       niveau, distance (km), association, role, titre, description,
                       attente (en attente de modération)
                     Exemple : --colonne date="Jour de l'action" --colonne distance=
  -h, --help         affiche cette aide

Valorisation (par défaut : SMIC horaire brut à la date de chaque action, coefficient 1). --territoire,
--plan, --cloture et --siren valent pour l'association du rapport, avant sa ligne de la table :
  --taux N           taux forfaitaire en euros par heure (par exemple 15)
  --table-taux F     table de taux (.csv, .xlsx) : première colonne Niveau, Catégorie, Rôle ou
                     Bénévole, deuxième colonne le taux ; à défaut, --taux ou le SMIC
  --coefficient N    coefficient de charges, par exemple 1,45 pour un SMIC chargé
  --territoire T     métropole (par défaut) ou Mayotte (SMIC de Mayotte)
  --plan P           « ANC 2018-06 » (par défaut : 864 / 875) ou « CRC 99-01 » (864 / 870), plan
                     qui ne s'applique plus aux exercices ouverts à compter du 1er janvier 2020
  --cloture JJ/MM    jour de clôture de l'exercice (par défaut 31/12) : l'exercice AAAA court du lendemain
                     du JJ/MM de AAAA-1 au JJ/MM de AAAA ; JJ/MM/AAAA choisit l'exercice clos ce jour-là
  --siren N          SIREN de l'association (nom des fichiers d'écritures) ; avec --association si le
                     journal en compte plusieurs
  --base-etp N       heures d'un temps plein : 1607 (par défaut) ou 1820
  --taux-km N        frais kilométriques à N euros par km
  --cv N             frais kilométriques au barème fiscal, puissance N CV
  --vehicule V       voiture (par défaut), moto ou cyclomoteur, pour le barème
  --electrique       véhicule électrique (barème majoré de 20 %)
  --abandon-frais    les bénévoles renoncent au remboursement : écriture 6251 / 75412 (625 / 754 en
                     CRC 99-01) dans les fichiers d'écritures

Codes de sortie : 0 réussite, 1 fichier illisible, journal invalide ou écriture impossible, 2 mauvaise
utilisation (dont une sortie qui remplacerait un fichier lu, ou un fichier présent sans --ecraser).
`;
