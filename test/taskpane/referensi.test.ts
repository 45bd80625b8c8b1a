/** @jest-environment jsdom */
import { DAFTAR_FUNGSI } from "../../src/functions/daftar";
import { pasangReferensi } from "../../src/taskpane/referensi";

function render(bahasa: "id" | "en") {
  const root = document.createElement("div");
  root.append(document.createElement("span"));
  pasangReferensi(root, bahasa);
  return root;
}

describe("the pane's function reference", () => {
  it("replaces the root's content with one disclosure per registered function", () => {
    const root = render("id");
    expect(root.querySelector("span")).toBeNull();
    expect([...root.querySelectorAll("summary")].map((s) => s.textContent)).toEqual(
      DAFTAR_FUNGSI.map((f) => `IKU.${f.id}`),
    );
  });

  it.each([
    [
      "id",
      "IKU.CAPAIAN(realisasi; target; [polaritas]; [batas])",
      "Contoh: =IKU.CAPAIAN(39%; 41%) → hasil 95,12%",
    ],
    [
      "en",
      "IKU.CAPAIAN(realisasi, target, [polaritas], [batas])",
      "Example: =IKU.CAPAIAN(39%, 41%) → result 95.12%",
    ],
  ] as const)("shows in %s the syntax, summary and first worked example", (bahasa, sintaks, contoh) => {
    const [p1, p2, p3] = render(bahasa).querySelectorAll("details")[0].querySelectorAll("p");
    expect([p1.textContent, p2.textContent, p3.textContent]).toEqual([
      sintaks,
      DAFTAR_FUNGSI[0].ringkas[bahasa],
      contoh,
    ]);
  });

  it("adds the example's note where it has one", () => {
    const ikm = [...render("en").querySelectorAll("details")].find((d) =>
      d.textContent?.includes("IKU.IKM("),
    );
    expect(ikm?.querySelector(".catatan")?.textContent).toBe(
      "One respondent answers 3 to every element, another 4.",
    );
    expect(render("id").querySelectorAll(".catatan")).toHaveLength(3);
  });

  it("puts registry text in as text, never as HTML", () => {
    const root = document.createElement("div");
    const jahat = { ...DAFTAR_FUNGSI[0], ringkas: { id: "<img src=x>", en: "" } };
    pasangReferensi(root, "id", [jahat]);
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("<img src=x>");
  });
});
