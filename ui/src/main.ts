import { mount } from 'svelte';
import App from './components/App.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing');
const app = mount(App, { target });
performance.mark('main:mounted'); // benches/footprint's start-up trace
export default app;
