// The one place the UI imports backend types from: the bindings generated from Rust
// (ui/src/lib/bindings/, never edited by hand).
export type { AppState } from './bindings/AppState';
export type { CommandError } from './bindings/CommandError';
export type { Commands, CommandName } from './bindings/commands';
export type { Connectivity } from './bindings/Connectivity';
export type { Events, EventName } from './bindings/events';
export type { FieldError } from './bindings/FieldError';
export type { Folder } from './bindings/Folder';
export type { Theme } from './bindings/Theme';
export type { GenerateParams } from './bindings/GenerateParams';
export type { Job } from './bindings/Job';
export type { JobOrigin } from './bindings/JobOrigin';
export type { JobStatus } from './bindings/JobStatus';
export type { KeyCheck } from './bindings/KeyCheck';
export type { KeyState } from './bindings/KeyState';
export type { KeyStatus } from './bindings/KeyStatus';
export type { KeyringStatus } from './bindings/KeyringStatus';
export type { ModelInfo } from './bindings/ModelInfo';
export type { RateBudget } from './bindings/RateBudget';
export type { Settings } from './bindings/Settings';
export type { DownloadProgress } from './bindings/DownloadProgress';
export type { FfmpegStatus } from './bindings/FfmpegStatus';
export type { FolderSyncError } from './bindings/FolderSyncError';
export type { LibraryInfo } from './bindings/LibraryInfo';
export type { MergePlace } from './bindings/MergePlace';
export type { MergeProgress } from './bindings/MergeProgress';
export type { MergeStarted } from './bindings/MergeStarted';
export type { WebSessionStatus } from './bindings/WebSessionStatus';
export type { WebSessionState } from './bindings/WebSessionState';

/** Which folder the grid shows: every job, the unfiled ones, or one folder. The UI's own
 * view state (the backend lists every job; the UI filters). */
export type FolderSelector = 'all' | 'unfiled' | { id: string };
