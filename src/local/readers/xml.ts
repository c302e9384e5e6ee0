// saxes: the XML parser exceljs reads workbooks with (the same version, a dependency of ours too)
import { SaxesParser } from "saxes";
import { NOT_A_WORKBOOK } from "./zip";
import { ReaderError } from "./errors";

/** What an XML part is read into, tag by tag. Tag names without their prefix ("x:c" is "c"). */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Reads an XML part from its bytes in chunks (UTF-8, a character cut by a chunk's end joined to
 * the next), handing its tags and texts to `handler`. `afterChunk` runs between chunks: rows read
 * can be handed on without the part being held. Malformed XML is a French ReaderError.
 */
export async function readXml(chunks: AsyncIterable<Uint8Array>, handler: XmlHandler, afterChunk?: () => void | Promise<void>): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (tag) => handler.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on("text", (text) => handler.text(text));
  parser.on("closetag", (tag) => handler.close(local(tag.name)));
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failed) throw new ReaderError(NOT_A_WORKBOOK);
    await afterChunk?.();
  }
  parser.write(decoder.decode());
  parser.close();
  if (failed) throw new ReaderError(NOT_A_WORKBOOK);
}
