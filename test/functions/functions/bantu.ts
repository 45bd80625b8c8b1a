/** A custom-function result with every CustomFunctions.Error turned into a plain { error, pesan }. */
export type Terbaca = unknown;

const baca = (x: unknown): Terbaca => {
  if (x instanceof CustomFunctions.Error) return { error: x.code, pesan: x.message };
  return Array.isArray(x) ? x.map(baca) : x;
};

/** Calls a custom function and returns its value, or the error it threw as { error, pesan }. */
export function jalankan(f: () => unknown): Terbaca {
  try {
    return baca(f());
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { error: e.code, pesan: e.message };
    throw e;
  }
}

/** Matches an error value with its code and a message pattern. */
export const galatDengan = (kode: string, pesan: RegExp): unknown => ({
  error: kode,
  pesan: expect.stringMatching(pesan),
});
