/** @jest-environment jsdom */
import { bacaStatus, renderStatus, type StatusOffice } from "../../src/taskpane/status";

const SIAP: StatusOffice = {
  siap: true,
  host: "Excel",
  platform: "PC",
  set: [
    { nama: "ExcelApi", dibutuhkan: "1.9", tertinggi: "1.17", cukup: true },
    { nama: "SharedRuntime", dibutuhkan: "1.1", tertinggi: null, cukup: false },
  ],
};

function dalam(status: StatusOffice, bahasa: "id" | "en"): HTMLDivElement {
  const div = document.createElement("div");
  div.append(renderStatus(status, bahasa));
  return div;
}
const teks = (root: ParentNode, css: string) => [...root.querySelectorAll(css)].map((e) => e.textContent);

describe("the pane's Excel status", () => {
  it.each([
    [
      "id",
      ["Office", "Aplikasi", "Platform"],
      ["Siap", "Excel", "PC"],
      ["ExcelApi (perlu 1.9)1.17", "SharedRuntime (perlu 1.1)tidak didukung"],
    ],
    [
      "en",
      ["Office", "Application", "Platform"],
      ["Ready", "Excel", "PC"],
      ["ExcelApi (needs 1.9)1.17", "SharedRuntime (needs 1.1)not supported"],
    ],
  ] as const)("lists host, platform and each set's newest version in %s", (bahasa, dt, dd, set) => {
    const root = dalam(SIAP, bahasa);
    expect([teks(root, "dt"), teks(root, "dd"), teks(root, ".status__set li")]).toEqual([dt, dd, set]);
    expect(teks(root, ".lencana--tidak")).toEqual([bahasa === "id" ? "tidak didukung" : "not supported"]);
  });

  it("says how to connect when opened outside Excel, with unknown host and platform", () => {
    const root = dalam(bacaStatus(null, undefined), "id");
    expect(teks(root, "dd")).toEqual([
      "Belum terhubung ke Excel. Buka panel ini dari pita Excel (Beranda > Panel IKU).",
      "tidak diketahui",
      "tidak diketahui",
    ]);
    expect(root.querySelector(".status__belum")).not.toBeNull();
  });

  it("shows a host name carrying markup as text", () => {
    const root = dalam({ ...SIAP, host: "<img src=x>" }, "en");
    expect([root.querySelector("img"), teks(root, "dd")[1]]).toEqual([null, "<img src=x>"]);
  });
});
