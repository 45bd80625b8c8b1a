// npm run manifest:inggris — writes the English overrides of manifest.xml for every English locale.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { lengkapiInggris } from "./lokal-inggris";

const berkas = resolve(__dirname, "..", "manifest.xml");
writeFileSync(berkas, lengkapiInggris(readFileSync(berkas, "utf8")));
