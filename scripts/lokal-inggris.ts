/**
 * The English locales Office may run in, and the one routine that gives each of them the en-US
 * text of manifest.xml: Office takes an override only for its exact locale, so without these an
 * Excel in en-GB or en-AU shows the Indonesian default. `npm run manifest:inggris` applies it;
 * test/manifest.test.ts checks that manifest.xml is what it produces.
 */
export const LOKAL_INGGRIS = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IN",
  "en-IE",
  "en-NZ",
  "en-SG",
  "en-ZA",
  "en-MY",
  "en-PH",
  "en-HK",
  "en-JM",
  "en-BZ",
  "en-TT",
  "en-ZW",
  "en-029",
] as const;

// An en-US override line and any English override lines right after it.
const KELOMPOK =
  /^([ \t]*)<((?:bt:)?Override) Locale="en-US" Value="([^"]*)"\/>\r?\n(?:[ \t]*<(?:bt:)?Override Locale="en-[^"]+" Value="[^"]*"\/>\r?\n)*/gm;

/** manifest.xml with every en-US override repeated, same value, for each English locale. */
export function lengkapiInggris(xml: string): string {
  return xml.replace(KELOMPOK, (_, indentasi: string, tag: string, nilai: string) =>
    LOKAL_INGGRIS.map((l) => `${indentasi}<${tag} Locale="${l}" Value="${nilai}"/>\n`).join(""),
  );
}
