// Draws a KPI trend: the value per period, its confidence band, and the target band.
// The data comes from <script type="application/json" data-trend-for="ID">, so the page works
// under a script-src 'self' policy and the same numbers are readable in the table beside the chart.
(function () {
    'use strict';

    function draw(container, data) {
        var labels = data.points.map(function (p) { return p.label; });
        var value = data.points.map(function (p) { return p.value; });
        var lower = data.points.map(function (p) { return p.lower; });
        var width = data.points.map(function (p) {
            return p.lower === null || p.upper === null ? null : p.upper - p.lower;
        });
        var target = data.points.map(function (p) { return p.target; });
        var red = data.points.map(function (p) { return p.red; });
        var redWidth = data.points.map(function (p) {
            return p.target === null || p.red === null ? null : Math.abs(p.target - p.red);
        });
        var redBase = data.points.map(function (p) {
            return p.target === null || p.red === null ? null : Math.min(p.target, p.red);
        });

        // stackStrategy 'all': ECharts otherwise stacks negative and positive values apart, which tears the
        // bands of a KPI that crosses zero (NPS).
        var series = [
            // Confidence band: an invisible line at the lower bound with the band's width stacked on it.
            { name: 'lower', type: 'line', data: lower, stack: 'ci', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
            { name: data.confidenceLabel, type: 'line', data: width, stack: 'ci', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 },
              color: 'rgba(31, 95, 170, 0.35)', areaStyle: { color: 'rgba(31, 95, 170, 0.18)' } },
            // Amber zone between the red threshold and the target.
            { name: 'red base', type: 'line', data: redBase, stack: 'target', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
            { name: 'Amber zone', type: 'line', data: redWidth, stack: 'target', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 },
              color: 'rgba(214, 142, 0, 0.45)', areaStyle: { color: 'rgba(214, 142, 0, 0.16)' } },
            { name: 'Target', type: 'line', data: target, symbol: 'none', step: 'middle', color: '#2b7a3d', lineStyle: { type: 'dashed', color: '#2b7a3d' } },
            { name: 'Red threshold', type: 'line', data: red, symbol: 'none', step: 'middle', color: '#b3261e', lineStyle: { type: 'dotted', color: '#b3261e' } },
            { name: data.name, type: 'line', data: value, symbolSize: 6, color: '#1f5faa', lineStyle: { width: 2, color: '#1f5faa' }, itemStyle: { color: '#1f5faa' } },
        ];

        var chart = echarts.init(container, null, { renderer: 'svg' });
        chart.setOption({
            animation: false,
            aria: { enabled: true },
            grid: { left: 56, right: 16, top: 36, bottom: 32 },
            legend: { top: 0, data: [data.name, data.confidenceLabel, 'Target', 'Amber zone', 'Red threshold'] },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: labels },
            yAxis: { type: 'value', name: data.unit, scale: true },
            series: series,
        });
        window.addEventListener('resize', function () { chart.resize(); });
        container.dataset.chartReady = 'true';
    }

    document.querySelectorAll('[data-trend-chart]').forEach(function (container) {
        var source = document.querySelector('script[data-trend-for="' + container.id + '"]');
        if (source && window.echarts) {
            draw(container, JSON.parse(source.textContent));
        }
    });
})();
