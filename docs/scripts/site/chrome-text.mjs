// The few words of the site's own chrome (header, nav, footer), per locale.
// Everything else comes from the guides' Markdown and the spec bundles.
export const CHROME_TEXT = Object.freeze({
  en: Object.freeze({
    home: "sapi-kit",
    guides: "Guides",
    reference: "API reference",
    events: "Event reference",
    github: "GitHub: sapi-kit",
    referenceTitle: "API reference: Binance margin order lists",
    footer: "sapi-kit is not affiliated with Binance. Works offline: this site loads nothing from the network.",
  }),
  "zh-CN": Object.freeze({
    home: "sapi-kit",
    guides: "指南",
    reference: "API 参考",
    events: "事件参考",
    github: "GitHub：sapi-kit",
    referenceTitle: "API 参考：币安杠杆订单列表",
    footer: "sapi-kit 与币安无隶属关系。本站可离线浏览，不会从网络加载任何内容。",
  }),
});
