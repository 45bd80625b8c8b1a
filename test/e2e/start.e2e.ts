import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { DAFTAR_FUNGSI } from "../../src/functions/daftar";

const AKAR = path.resolve(__dirname, "..", "..");
const CA = path.join(os.homedir(), ".office-addin-dev-certs", "ca.crt");
const URL_PANEL = "https://localhost:3000/taskpane.html";

function ambil(url: string): Promise<{ status: number; isi: string }> {
  return new Promise((selesai, gagal) => {
    const ca = fs.existsSync(CA) ? fs.readFileSync(CA) : undefined;
    https
      .get(url, { ca, timeout: 60_000 }, (res) => {
        let isi = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (isi += d));
        res.on("end", () => selesai({ status: res.statusCode ?? 0, isi }));
      })
      .on("error", gagal)
      .on("timeout", function (this: { destroy(e: Error): void }) {
        // webpack-dev-middleware holds requests while it (re)builds; a minute is plenty.
        this.destroy(new Error("timeout"));
      });
  });
}

function portTerbuka(port: number): Promise<boolean> {
  return new Promise((selesai) => {
    const soket = net.connect(port, "127.0.0.1");
    soket.once("connect", () => (soket.destroy(), selesai(true)));
    soket.once("error", () => selesai(false));
  });
}

describe("npm start and npm stop", () => {
  let server: ChildProcess | undefined;

  afterAll(() => {
    // Only if the test failed midway: end the process group this test started.
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGKILL");
  });

  it("serves the task pane over HTTPS trusted by the generated CA, and stops on npm stop", async () => {
    expect(await portTerbuka(3000)).toBe(false);
    server = spawn("npm", ["start"], { cwd: AKAR, detached: true, stdio: "ignore" });

    let jawaban: { status: number; isi: string } | undefined;
    const batas = Date.now() + 120_000;
    while (!jawaban && Date.now() < batas) {
      await new Promise((r) => setTimeout(r, 1000));
      jawaban = await ambil(URL_PANEL).catch(() => undefined);
    }
    expect(jawaban?.status).toBe(200);
    expect(jawaban?.isi).toContain('<section id="bagian-referensi"');
    const fungsi = await ambil("https://localhost:3000/functions.json");
    expect(JSON.parse(fungsi.isi).functions.length).toBe(DAFTAR_FUNGSI.length);
    // The registry's generated files are served too.
    const inggris = JSON.parse((await ambil("https://localhost:3000/functions.en.json")).isi);
    expect(inggris.functions.map((f: { description: string }) => f.description)).toEqual(
      DAFTAR_FUNGSI.map((f) => f.uraian.en),
    );
    const bantuan = await ambil("https://localhost:3000/bantuan.html");
    for (const f of DAFTAR_FUNGSI) expect(bantuan.isi).toContain(`<h2 id="${f.id}"`);

    const stop = spawnSync("npm", ["stop"], { cwd: AKAR, encoding: "utf8" });
    expect(stop.status).toBe(0);
    await new Promise<void>((r) => (server?.exitCode !== null ? r() : server.once("exit", () => r())));
    expect(await portTerbuka(3000)).toBe(false);
  });
});
