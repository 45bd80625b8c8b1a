/** Office.context as the add-in reads it outside Office: requirement sets and the display language. */
export function pasangOffice(g: Record<string, unknown>, versiApi: string, bahasa: string): void {
  const [a, b] = versiApi.split(".").map(Number);
  const context = {
    displayLanguage: bahasa,
    requirements: {
      isSetSupported(nama: string, v?: string) {
        const [c, d = 0] = String(v ?? "1.1")
          .split(".")
          .map(Number);
        return nama === "ExcelApi" && (a > c || (a === c && b >= d));
      },
    },
  };
  // Office.context is a getter that asks OSF._OfficeAppFactory, which only a real host provides.
  const osf = g.OSF as { _OfficeAppFactory?: { getContext?: () => unknown } };
  osf._OfficeAppFactory ??= {};
  osf._OfficeAppFactory.getContext = () => context;
}
