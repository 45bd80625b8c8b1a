/**
 * Office.context as the add-in reads it outside Office: requirement sets and the display language.
 * `lain` adds other sets with their highest version (e.g. { SharedRuntime: "1.1" }).
 */
export function pasangOffice(
  g: Record<string, unknown>,
  versiApi: string,
  bahasa: string,
  lain: Record<string, string> = {},
): void {
  const set: Record<string, string> = { ...lain, ExcelApi: versiApi };
  const context = {
    displayLanguage: bahasa,
    requirements: {
      isSetSupported(nama: string, v?: string) {
        const ada = set[nama];
        if (ada === undefined) return false;
        const [a, b = 0] = ada.split(".").map(Number);
        const [c, d = 0] = String(v ?? "1.1")
          .split(".")
          .map(Number);
        return a > c || (a === c && b >= d);
      },
    },
  };
  // Office.context is a getter that asks OSF._OfficeAppFactory, which only a real host provides.
  const osf = g.OSF as { _OfficeAppFactory?: { getContext?: () => unknown } };
  osf._OfficeAppFactory ??= {};
  osf._OfficeAppFactory.getContext = () => context;
}
