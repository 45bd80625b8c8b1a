import data from "../../katalog/dkukmperindag-ppu-2025.json";
import { Katalog } from "./types";

/** The built-in catalog: the 2025 IKU of DKUKMPERINDAG Kabupaten Penajam Paser Utara. */
export const KATALOG_BAWAAN = data as Katalog;
