import { BARIS_MAKS, huruf, KOLOM_MAKS } from "./alamat";

/**
 * A formula moved as Excel moves it when it is pasted or filled `db` rows and `dk` columns away:
 * relative parts of references shift, `$`-anchored parts stay, a reference pushed off the grid
 * becomes #REF!. Text in string literals, quoted sheet names and brackets is left alone, and a
 * name followed by "(" (LOG10(, ATAN2() is a function, not a reference.
 */
export function geserRumus(rumus: string, db: number, dk: number): string {
  if (db === 0 && dk === 0) return rumus;
  let hasil = "";
  let i = 0;
  const n = rumus.length;
  while (i < n) {
    const c = rumus[i];
    if (c === '"' || c === "'") {
      // A string literal or a quoted sheet name; a doubled quote is an escaped one.
      let j = i + 1;
      while (j < n) {
        if (rumus[j] === c) {
          if (rumus[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      hasil += rumus.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "[") {
      // Structured references and workbook indexes, possibly nested.
      let j = i;
      for (let dalam = 0; j < n; j++) {
        if (rumus[j] === "[") dalam++;
        else if (rumus[j] === "]" && --dalam === 0) break;
      }
      hasil += rumus.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const sebelum = i > 0 ? rumus[i - 1] : "";
    if (!/[A-Za-z0-9_.$\\]/.test(sebelum)) {
      const r = rujukanDi(rumus, i);
      if (r) {
        hasil += geserSatu(r, db, dk);
        i += r.teks.length;
        continue;
      }
    }
    hasil += c;
    i++;
  }
  return hasil;
}

interface Ujung {
  kolomTetap: boolean;
  kolom?: number;
  barisTetap: boolean;
  baris?: number;
}
interface Rujukan {
  teks: string;
  ujung: Ujung[];
}

const SEL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const KOLOM = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const BARIS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;

function angkaKolom(h: string): number {
  let x = 0;
  for (const c of h.toUpperCase()) x = x * 26 + c.charCodeAt(0) - 64;
  return x - 1;
}

/** A reference starting at `i`, or null when the text there is a name, a function or a number. */
function rujukanDi(rumus: string, i: number): Rujukan | null {
  const coba = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    const m = re.exec(rumus);
    // A letter, digit, "(", "!" or "." right after means a name, function or sheet, not a reference.
    if (!m || /[A-Za-z0-9_.(!$[]/.test(rumus[i + m[0].length] ?? "")) return null;
    return m;
  };
  const sah = (u: Ujung) =>
    (u.kolom === undefined || u.kolom < KOLOM_MAKS) &&
    (u.baris === undefined || (u.baris >= 0 && u.baris < BARIS_MAKS));
  let m = coba(SEL);
  if (m) {
    const ujung: Ujung[] = [
      {
        kolomTetap: m[1] === "$",
        kolom: angkaKolom(m[2]),
        barisTetap: m[3] === "$",
        baris: Number(m[4]) - 1,
      },
    ];
    if (m[6] !== undefined)
      ujung.push({
        kolomTetap: m[5] === "$",
        kolom: angkaKolom(m[6]),
        barisTetap: m[7] === "$",
        baris: Number(m[8]) - 1,
      });
    return ujung.every(sah) ? { teks: m[0], ujung } : null;
  }
  m = coba(KOLOM);
  if (m) {
    const ujung: Ujung[] = [
      { kolomTetap: m[1] === "$", kolom: angkaKolom(m[2]), barisTetap: true },
      { kolomTetap: m[3] === "$", kolom: angkaKolom(m[4]), barisTetap: true },
    ];
    return ujung.every(sah) ? { teks: m[0], ujung } : null;
  }
  m = coba(BARIS);
  if (m) {
    const ujung: Ujung[] = [
      { kolomTetap: true, barisTetap: m[1] === "$", baris: Number(m[2]) - 1 },
      { kolomTetap: true, barisTetap: m[3] === "$", baris: Number(m[4]) - 1 },
    ];
    return ujung.every(sah) ? { teks: m[0], ujung } : null;
  }
  return null;
}

function geserSatu(r: Rujukan, db: number, dk: number): string {
  const baru = r.ujung.map((u) => ({
    ...u,
    kolom: u.kolom === undefined || u.kolomTetap ? u.kolom : u.kolom + dk,
    baris: u.baris === undefined || u.barisTetap ? u.baris : u.baris + db,
  }));
  const luar = baru.some(
    (u) =>
      (u.kolom !== undefined && (u.kolom < 0 || u.kolom >= KOLOM_MAKS)) ||
      (u.baris !== undefined && (u.baris < 0 || u.baris >= BARIS_MAKS)),
  );
  if (luar) return "#REF!";
  const tulis = (u: Ujung) =>
    (u.kolom !== undefined ? `${u.kolomTetap ? "$" : ""}${huruf(u.kolom)}` : "") +
    (u.baris !== undefined ? `${u.barisTetap ? "$" : ""}${u.baris + 1}` : "");
  return baru.map(tulis).join(":");
}
