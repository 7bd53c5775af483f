// The generate form's draft lives here, not in the component: switching to the detail
// panel, a failed request or a re-render never loses what the user typed.
export interface Draft {
  model_slug: string;
  prompt: string;
  aspect_ratio: string;
  duration_seconds: number | null;
  /** The creator picked the duration (not a model's default): keep it across model switches. */
  duration_chosen: boolean;
  quality_mode: string;
  image_urls: string[];
  video_urls: string[];
  sound: boolean;
  character_orientation: string;
  count: number;
}

class DraftStore {
  model_slug = $state('');
  prompt = $state('');
  aspect_ratio = $state('');
  duration_seconds = $state<number | null>(null);
  duration_chosen = $state(false);
  quality_mode = $state('');
  image_urls = $state<string[]>(['']);
  video_urls = $state<string[]>(['']);
  sound = $state(true);
  character_orientation = $state('');
  count = $state(1);
  /** The failed clip that Edit & retry put in the form (null: a new generation). */
  retryOf = $state<string | null>(null);
}

export const draft = new DraftStore();
