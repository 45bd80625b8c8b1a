import { Bahasa, pilihBahasa } from "../bahasa";

/**
 * The language of the function messages: Office's display language, read only when Office is
 * there, so the functions bundle also runs in tests and harnesses without it (Indonesian then).
 */
export function bahasaFungsi(): Bahasa {
  return pilihBahasa(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
}
