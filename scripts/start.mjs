// `npm start`: serves the add-in on https://localhost:3000 with office-addin-dev-certs certificates
// (generated once, without sudo), sideloads into desktop Excel on Windows/macOS, and waits for `npm stop`.
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { FILE_PID, PORT } from "./dev-server.mjs";

const require = createRequire(import.meta.url);
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");
const akar = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifest = path.join(akar, "manifest.xml");
let sudahDiberitahu = false;

/** True when the certificate file exists and is valid for at least one more day. */
function masihBerlaku(file) {
  if (!fs.existsSync(file)) return false;
  const sertifikat = new X509Certificate(fs.readFileSync(file));
  return Date.parse(sertifikat.validTo) > Date.now() + 24 * 3600 * 1000;
}

// getHttpsServerOptions() would regenerate and try sudo on every call; generate only when needed.
async function sertifikat() {
  const { caCertificatePath: ca, localhostCertificatePath: cert, localhostKeyPath: key } = defaults;
  if (!(masihBerlaku(ca) && masihBerlaku(cert) && fs.existsSync(key))) {
    console.log(`Membuat sertifikat pengembangan di ${path.dirname(ca)} ...`);
    await devCerts.generateCertificates(ca, cert, key, 365);
    if (process.platform !== "linux") {
      console.log("Percayai CA sekali saja (perlu hak admin): npx office-addin-dev-certs install");
    }
  }
  return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

async function mulaiServer(opsiHttps) {
  const buatKonfigurasi = require(path.join(akar, "webpack.config.js"));
  const konfigurasi = buatKonfigurasi({}, { mode: "development" });
  konfigurasi.mode = "development";
  konfigurasi.stats = "errors-warnings";
  const compiler = webpack(konfigurasi);
  // The instructions go after the first build so webpack's output does not bury them.
  compiler.hooks.done.tap("petunjuk", () => {
    if (!sudahDiberitahu)
      (process.platform === "win32" || process.platform === "darwin" ? sideloadDesktop : petunjukWeb)();
    sudahDiberitahu = true;
  });
  const server = new WebpackDevServer(
    { ...konfigurasi.devServer, port: PORT, server: { type: "https", options: opsiHttps } },
    compiler,
  );
  await server.start();
  return server;
}

function sideloadDesktop() {
  // office-addin-debugging cannot be a dependency here (native keytar build); npx fetches it on Windows/macOS.
  const args = ["--yes", "office-addin-debugging", "start", manifest, "desktop", "--app", "excel"];
  const anak = spawn("npx", [...args, "--dev-server-port", String(PORT)], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  anak.on("exit", (kode) => {
    if (kode) console.log(`Sideload gagal (kode ${kode}). Unggah ${manifest} secara manual, lihat README.`);
  });
}

function petunjukWeb() {
  console.log(
    [
      "",
      `Add-in berjalan di https://localhost:${PORT}/taskpane.html`,
      `Manifest: ${manifest}`,
      "Excel di web: buka buku kerja, Beranda > Add-in > Add-in Lainnya > Add-in Saya > Unggah Add-in Saya",
      "  (di versi lain: Sisipkan > Add-in), lalu pilih manifest.xml di atas.",
      "  English: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in (or Insert > Add-ins).",
      `Browser harus mempercayai ${defaults.caCertificatePath} (impor sebagai otoritas sertifikat).`,
      "Hentikan dengan: npm stop",
      "",
    ].join("\n"),
  );
}

const server = await mulaiServer(await sertifikat()).catch((galat) => {
  const sibuk = galat && galat.code === "EADDRINUSE";
  console.error(sibuk ? `Port ${PORT} sudah dipakai: jalankan npm stop dulu.` : galat);
  process.exit(1);
});
fs.mkdirSync(path.dirname(FILE_PID), { recursive: true });
fs.writeFileSync(FILE_PID, String(process.pid));

let berhenti = false;
async function hentikan() {
  if (berhenti) return;
  berhenti = true;
  await server.stop();
  fs.rmSync(FILE_PID, { force: true });
  process.exit(0);
}
process.on("SIGTERM", hentikan);
process.on("SIGINT", hentikan);
