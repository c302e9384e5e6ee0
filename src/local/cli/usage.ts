/** The French usage text printed by --help and after a usage error. */
export const USAGE = `Valorise : valorisation du temps bénévole des associations

Utilisation :
  valorise rapport <fichier> [--annee AAAA] [--sortie DOSSIER] [--json] [--feuille NOM] [--roles FICHIER]
                   [--alias FICHIER] [--colonne CHAMP="EN-TÊTE"]... [options de valorisation]
  valorise --help

Commande :
  rapport   totaux d'heures par bénévole pour une année, statut CEC, valorisation, comptabilité
            (comptes 86/87, écriture de clôture) et lignes du journal écartées

Fichier : export de Bénévalibre (.csv, .xlsx, .json), réponses d'un formulaire Google ou journal
tenu dans un tableur (.csv, .tsv, .txt, .xlsx), avec les en-têtes sur la première ligne. Les
colonnes sont reconnues au sens de leur en-tête (« Nom et prénom », « Date de l'action »,
« Durée (heures) », « Km parcourus »…) ; le rapport dit lesquelles sont lues et lesquelles ignorées.

Options :
  --annee AAAA       année du rapport (par défaut : la plus récente, non future, qui porte au moins
                     5 % des actions du journal)
  --sortie DOSSIER   écrit aussi dans DOSSIER (créé au besoin) : rapport-AAAA.json, le classeur
                     rapport-AAAA.xlsx, benevoles-AAAA.csv, comptabilite-AAAA.csv et les écritures
                     de clôture à importer en comptabilité (ce n'est pas le FEC) :
                     ecritures-benevolat-<SIREN>-<date de clôture>.txt (disposition A47 A-1,
                     ISO 8859-15) et ecritures-benevolat-paheko-<SIREN>-<date de clôture>.csv
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

Valorisation (par défaut : SMIC horaire brut à la date de chaque action, coefficient 1) :
  --taux N           taux forfaitaire en euros par heure (par exemple 15)
  --table-taux F     table de taux (.csv, .xlsx) : première colonne Niveau, Catégorie, Rôle ou
                     Bénévole, deuxième colonne le taux ; à défaut, --taux ou le SMIC
  --coefficient N    coefficient de charges, par exemple 1,45 pour un SMIC chargé
  --territoire T     métropole (par défaut) ou Mayotte (SMIC de Mayotte)
  --plan P           « ANC 2018-06 » (par défaut : 864 / 875) ou « CRC 99-01 » (864 / 870), plan
                     qui ne s'applique plus aux exercices ouverts à compter du 1er janvier 2020
  --cloture JJ/MM    date de clôture de l'exercice (par défaut 31/12 de l'année)
  --siren N          SIREN de l'association (nom des fichiers d'écritures)
  --base-etp N       heures d'un temps plein : 1607 (par défaut) ou 1820
  --taux-km N        frais kilométriques à N euros par km
  --cv N             frais kilométriques au barème fiscal, puissance N CV
  --vehicule V       voiture (par défaut), moto ou cyclomoteur, pour le barème
  --electrique       véhicule électrique (barème majoré de 20 %)
  --abandon-frais    les bénévoles renoncent au remboursement : écriture 6251 / 75412 (625 / 754 en
                     CRC 99-01) dans les fichiers d'écritures

Codes de sortie : 0 réussite, 1 fichier illisible ou journal invalide, 2 mauvaise utilisation.
`;
