// The dashboard's charts, drawn from the figures the page already shows as a table (id="figures-json"); without
// JavaScript the table is the whole page. Only the parts of Apache ECharts used here are bundled (bars, grid,
// legend, tooltip, aria; the canvas renderer: it sets no style attributes, which the page's CSP forbids), and
// console-build.mjs bundles them with this file into one script served by us — no CDN.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const COLOURS = ['#1f6f5c', '#d97706', '#2563eb', '#7c3aed', '#be123c', '#0891b2'];

function draw() {
  const source = document.getElementById('figures-json');
  const box = document.getElementById('charts');
  if (!source || !box) return;
  const data = JSON.parse(source.textContent);
  if (!data.schools.length) return;
  box.hidden = false;
  const charts = [];
  for (const group of data.groups) {
    const section = document.createElement('section');
    section.className = 'card chart-card';
    const title = document.createElement('h2');
    title.textContent = group.title;
    const area = document.createElement('div');
    area.className = 'chart';
    area.dataset.chart = group.id;
    section.append(title, area);
    box.append(section);
    // Bars laid sideways: the figures' names are long Chinese labels and a phone is narrow.
    const names = group.columns.map((c) => data.labels[c]).reverse();
    const chart = echarts.init(area, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: true },
      color: COLOURS,
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      legend: { show: data.schools.length > 1, bottom: 0, type: 'scroll' },
      grid: { left: 8, right: 28, top: 8, bottom: data.schools.length > 1 ? 32 : 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, axisLabel: { width: 120, overflow: 'break' } },
      series: data.schools.map((s) => ({
        name: s.name,
        type: 'bar',
        label: { show: true, position: 'right' },
        data: group.columns.map((c) => s.values[c]).reverse(),
      })),
    });
    charts.push(chart);
  }
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  document.body.dataset.charts = String(charts.length);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
else draw();
