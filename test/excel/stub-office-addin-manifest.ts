// office-addin-mock needs only this enum from office-addin-manifest, whose ESM dependencies Jest cannot load.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
