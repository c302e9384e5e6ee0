import { type ExportFile, reportTextFiles } from "../core/export/files";
import { type PackedExportSection, unpackExportSection } from "../core/export/sectionPack";
import { latin9Bytes } from "../core/text/latin9";

/** A file the page offers: renderFiles makes it a Blob, in the charset it names (latin9Bytes), UTF-8 without one. */
export interface DownloadFile extends ExportFile {
  mimeType: string;
}

/**
 * « Fichiers »: the CLI's set of text files, one set per association, written here from the sections
 * getDownloads sends packed; "text/csv;charset=utf-8", "text/plain;charset=iso-8859-15" and so on.
 */
export function downloadFiles(sections: PackedExportSection[]): DownloadFile[] {
  return sections.flatMap((s) => reportTextFiles(unpackExportSection(s))).map((f) => ({
    ...f, mimeType: `${f.name.endsWith(".csv") ? "text/csv" : "text/plain"};charset=${f.charset ?? "utf-8"}`.toLowerCase(),
  }));
}

/** What the link downloads: the text in the charset the file names (the A47 file in ISO 8859-15), UTF-8 otherwise. */
export function fileBlob(file: DownloadFile): Blob {
  return new Blob([file.charset ? latin9Bytes(file.content) : file.content], { type: file.mimeType });
}
