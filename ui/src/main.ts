import { mount } from 'svelte';
import App from './components/App.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing');
export default mount(App, { target });
