// DEV ONLY entry: the real App over an in-page stand-in backend (never in ui/dist).
// Query: ?scenario=demo|key|first-run|offline|backoff|invalid|keyring|ratelimit&theme=light|dark&jobs=N&lang=de|ja|en-XA|…&bodies=some
import { mount } from 'svelte';
import App from '../src/components/App.svelte';
import { setTransport } from '../src/lib/ipc';
import '../src/styles/global.css';
import { MockBackend } from './mock-backend';

const w = window as unknown as { __csp: string[]; __mock: MockBackend };
w.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));

const q = new URLSearchParams(location.search);
const backend = new MockBackend({ scenario: q.get('scenario') ?? 'demo', jobs: q.has('jobs') ? Number(q.get('jobs')) : undefined, lang: q.get('lang') ?? undefined, bodies: q.get('bodies') ?? undefined });
const theme = q.get('theme');
if (theme === 'light' || theme === 'dark') backend.settings = { ...backend.settings, theme };
w.__mock = backend;
setTransport(backend);
mount(App, { target: document.getElementById('app')! });
