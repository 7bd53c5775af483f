// What the Settings fields show beyond the stored settings: a value the shell refused stays
// in its field as typed (nothing the creator wrote is lost), with the shell's message beside
// it, until that setting is saved or cleared. `app.settings` itself is only ever what the
// shell keeps, so every switch shows the stored value.
import type { Settings } from '../types';

export type SettingName = keyof Settings;

class SettingsFormStore {
  /** The shell's message per refused setting. */
  errors = $state.raw<Partial<Record<SettingName, string>>>({});
  /** The text typed into a refused setting's field. */
  drafts = $state.raw<Partial<Record<SettingName, string>>>({});

  refuse(name: SettingName, message: string, typed: string | undefined): void {
    this.errors = { ...this.errors, [name]: message };
    if (typed !== undefined) this.drafts = { ...this.drafts, [name]: typed };
  }
  accept(names: SettingName[]): void {
    const keep = <T>(m: Partial<Record<SettingName, T>>) =>
      Object.fromEntries(Object.entries(m).filter(([k]) => !names.includes(k as SettingName))) as Partial<Record<SettingName, T>>;
    this.errors = keep(this.errors);
    this.drafts = keep(this.drafts);
  }
  /** The field's text: what was typed and refused, else the stored value. */
  text(name: SettingName, stored: string | null | undefined): string {
    return this.drafts[name] ?? stored ?? '';
  }
}

export const settingsForm = new SettingsFormStore();
