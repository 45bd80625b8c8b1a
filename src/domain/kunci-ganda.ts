/**
 * The first key that appears twice in one JSON object, by its path (`tujuan[0].nama`), or
 * undefined. JSON.parse keeps the last of two equal keys silently; a catalog must not lose the
 * first without a word. The text must already be valid JSON (JSON.parse accepted it).
 *
 * @example kunciGanda('{"a":{"b":1,"b":2}}') // "a.b"
 * @example kunciGanda('{"a":1,"\\u0061":2}') // "a" (the same key, escaped)
 */
export function kunciGanda(teks: string): string | undefined {
  type Wadah = { objek: true; kunci: Set<string>; kini?: string } | { objek: false; indeks: number };
  const tumpukan: Wadah[] = [];
  const jalur = (akhir?: string) =>
    [...tumpukan.map((w) => (w.objek ? (w.kini ?? "") : `[${w.indeks}]`)), ...(akhir ? [akhir] : [])]
      .join(".")
      .replace(/\.\[/g, "[")
      .replace(/^\./, "");
  // A value in an array moves the array's index on; a value after a key is that key's.
  let tungguKunci = false;
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i];
    if (c === '"') {
      let j = i + 1;
      while (teks[j] !== '"') j += teks[j] === "\\" ? 2 : 1;
      const atas = tumpukan[tumpukan.length - 1];
      if (tungguKunci && atas?.objek) {
        const kunci = JSON.parse(teks.slice(i, j + 1)) as string;
        if (atas.kunci.has(kunci)) {
          atas.kini = kunci;
          return jalur();
        }
        atas.kunci.add(kunci);
        atas.kini = kunci;
        tungguKunci = false;
      }
      i = j;
    } else if (c === "{") {
      tumpukan.push({ objek: true, kunci: new Set() });
      tungguKunci = true;
    } else if (c === "[") tumpukan.push({ objek: false, indeks: 0 });
    else if (c === "}" || c === "]") tumpukan.pop();
    else if (c === ",") {
      const atas = tumpukan[tumpukan.length - 1];
      if (atas?.objek) tungguKunci = true;
      else if (atas) atas.indeks++;
    }
  }
  return undefined;
}
