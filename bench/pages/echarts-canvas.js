import { CanvasRenderer } from 'echarts/renderers';
import { install } from './harness.js';
import { echartsImpl } from './echarts-impl.js';

install(echartsImpl(CanvasRenderer, 'canvas'));
