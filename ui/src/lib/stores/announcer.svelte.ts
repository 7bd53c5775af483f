// What screen readers are told about renders that end while the app is open: a polite line
// for a finished clip, an assertive one for a failure. Rendered by LiveRegions.svelte.
export type Urgency = 'polite' | 'assertive';
export interface Announcement {
  id: number;
  text: string;
}

/** Lines kept in each region: a burst of renders ending together is read in full. */
const KEEP = 5;

class Announcer {
  polite = $state.raw<Announcement[]>([]);
  assertive = $state.raw<Announcement[]>([]);
  #next = 1;

  say(text: string, urgency: Urgency = 'polite'): void {
    const line = { id: this.#next++, text };
    if (urgency === 'assertive') this.assertive = [...this.assertive.slice(1 - KEEP), line];
    else this.polite = [...this.polite.slice(1 - KEEP), line];
  }
}

export const announcer = new Announcer();
