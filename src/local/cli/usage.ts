/** The French usage text printed by --help and after a usage error. */
export const USAGE = `Valorise : valorisation du temps bénévole des associations

Utilisation :
  valorise rapport <fichier> [--annee AAAA] [--sortie DOSSIER] [--json] [--feuille NOM]
  valorise --help

Commande :
  rapport   totaux d'heures par bénévole pour une année, et lignes du journal écartées

Fichier : export de Bénévalibre (.csv, .xlsx, .json) ou journal tenu dans un tableur
(.csv, .tsv, .txt, .xlsx), avec les en-têtes sur la première ligne.

Options :
  --annee AAAA       année du rapport (par défaut : la plus récente du journal)
  --sortie DOSSIER   écrit aussi le rapport dans DOSSIER/rapport-AAAA.json (dossier créé au besoin)
  --json             affiche le rapport en JSON au lieu d'un texte
  --feuille NOM      feuille à lire dans un classeur .xlsx (par défaut : la première)
  -h, --help         affiche cette aide

Codes de sortie : 0 réussite, 1 fichier illisible ou journal invalide, 2 mauvaise utilisation.
`;
