/** The user's language: English where Office runs in English, Indonesian everywhere else. */
export type Bahasa = "id" | "en";

export function pilihBahasa(displayLanguage: string | undefined | null): Bahasa {
  return /^en\b/i.test(displayLanguage ?? "") ? "en" : "id";
}

/** A text in both languages. */
export type Teks = Record<Bahasa, string>;
