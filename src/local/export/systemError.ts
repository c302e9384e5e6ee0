/**
 * What a file-system error means, in French words: the engine's message ("EACCES: permission
 * denied, open '…'") is English and never shown. Codes from Node's libuv errors (node:os constants).
 */
const REASONS: Record<string, string> = {
  EACCES: "accès refusé (droits insuffisants sur le dossier ou le fichier)",
  EPERM: "opération refusée par le système (droits insuffisants, ou fichier ouvert dans un autre programme)",
  EBUSY: "fichier ouvert ou verrouillé par un autre programme (fermez-le, puis relancez)",
  ENOSPC: "plus de place sur le disque",
  EDQUOT: "quota de disque dépassé",
  EROFS: "le disque est en lecture seule",
  EISDIR: "un dossier porte ce nom",
  ENOTEMPTY: "un dossier non vide porte ce nom",
  ENOTDIR: "une partie du chemin est un fichier, pas un dossier",
  ENOENT: "le dossier n'existe pas ou a été supprimé",
  EEXIST: "un fichier porte déjà ce nom",
  ENAMETOOLONG: "nom de fichier trop long",
  EMFILE: "trop de fichiers ouverts",
  ENFILE: "trop de fichiers ouverts",
  EIO: "erreur de lecture ou d'écriture du disque",
  EFBIG: "fichier trop grand pour ce disque",
  ELOOP: "trop de liens symboliques enchaînés",
  EXDEV: "le fichier temporaire et sa destination sont sur deux disques différents",
  EINVAL: "nom de fichier refusé par le système",
};

/** The error's system code ("ENOSPC"), when it is a file-system error. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** The French reason of a file-system error; an unknown code is named, never the engine's sentence. */
export function systemErrorReason(error: unknown): string | undefined {
  const code = systemErrorCode(error);
  if (code === undefined) return undefined;
  return REASONS[code] ?? `erreur du système (code ${code})`;
}
