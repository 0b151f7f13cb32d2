import { CHROME_TEXT } from "./chrome-text.mjs";
import { localizedFile, relativeHref } from "./locales.mjs";
import { renderMarkdown } from "./markdown.mjs";
import { escapeHtml, renderPageShell } from "./page-shell.mjs";

// The event reference: one static page per locale, generated at build time
// from spec/asyncapi.yaml (event-catalog.mjs). Plain HTML in the site's own
// shell, not a client-side AsyncAPI renderer: nothing to hydrate, nothing
// to fetch, and the same header and language switcher as every page.

export const EVENTS_PAGE = "events/index.html";

/** The page's own words; everything else comes from the AsyncAPI document. */
export const EVENT_PAGE_TEXT = Object.freeze({
  en: Object.freeze({
    onThisPage: "On this page",
    intro:
      "Generated from `spec/asyncapi.yaml` (AsyncAPI 3.0) when the site is built. The token comes from `POST /sapi/v1/userListenToken` in the [API reference]({reference}); the guide [Watching order lists]({guide}) shows how `@sapi-kit/stream` uses all of this.",
    connection: "Connection",
    server: "Server",
    channel: "Channel",
    operations: "Operations",
    messages: "Messages",
    events: "Events",
    eventsIntro:
      "A user data event frame is `{ subscriptionId, event }`; `event` is one of the objects below, told apart by its type `e`. Field names are Binance's one- or two-letter keys, case-sensitive (`c` and `C` are different fields).",
    unknownEvents: "Other event types",
    unknownEventsIntro: "Binance adds event types over time. An event whose `e` is not listed above has at least these fields, and a client passes it on as it is.",
    send: "The client sends",
    receive: "The client receives",
    request: "Message",
    replies: "Answered by",
    method: "Method",
    payload: "Payload",
    examples: "Examples",
    field: "Field",
    type: "Type",
    required: "Required",
    description: "Description",
    yes: "required",
    no: "optional",
    value: "Value:",
    values: "Values:",
    knownValues: "Known values (others are passed through):",
    kinds: {
      string: "string",
      integer: "integer",
      number: "number",
      boolean: "boolean",
      object: "object",
      array: "array",
      null: "null",
      decimal: "decimal string",
      event: "one of the [events](#events)",
      any: "any",
    },
    arrayOf: (items) => `array of ${items === "object" ? "objects" : items}`,
    details: (list) => ` (${list.join(", ")})`,
    or: " or ",
    nonEmpty: "non-empty",
  }),
  "zh-CN": Object.freeze({
    onThisPage: "本页内容",
    intro:
      "本页在构建站点时由 `spec/asyncapi.yaml`（AsyncAPI 3.0）生成。令牌通过 [API 参考]({reference})中的 `POST /sapi/v1/userListenToken` 创建；指南[监听订单列表]({guide})介绍了 `@sapi-kit/stream` 如何使用这些内容。",
    connection: "连接",
    server: "服务器",
    channel: "通道",
    operations: "操作",
    messages: "消息",
    events: "事件",
    eventsIntro:
      "用户数据事件帧的结构为 `{ subscriptionId, event }`；`event` 是下列对象之一，通过事件类型 `e` 区分。字段名是币安使用的一到两个字母的键，区分大小写（`c` 和 `C` 是不同的字段）。",
    unknownEvents: "其他事件类型",
    unknownEventsIntro: "币安会不断新增事件类型。`e` 不在上面列出的事件至少带有以下字段，客户端应原样传递。",
    send: "客户端发送",
    receive: "客户端接收",
    request: "消息",
    replies: "响应",
    method: "方法",
    payload: "载荷",
    examples: "示例",
    field: "字段",
    type: "类型",
    required: "是否必需",
    description: "描述",
    yes: "必需",
    no: "可选",
    value: "取值：",
    values: "取值：",
    knownValues: "已知取值（其他取值原样保留）：",
    kinds: {
      string: "字符串",
      integer: "整数",
      number: "数值",
      boolean: "布尔值",
      object: "对象",
      array: "数组",
      null: "null",
      decimal: "十进制数字字符串",
      event: "下列[事件](#events)之一",
      any: "任意类型",
    },
    arrayOf: (items) => `${items}数组`,
    details: (list) => `（${list.join("，")}）`,
    or: " 或 ",
    nonEmpty: "非空",
  }),
});

/** Anchors are the document's own keys, the same in both locales, so the switcher keeps the reader's place. */
export const anchorOf = {
  operation: (key) => `operation-${key}`,
  message: (key) => `message-${key}`,
  event: (type) => `event-${type}`,
};

const code = (text) => `<code>${escapeHtml(String(text))}</code>`;

/** @param {import("./event-catalog.mjs").TypeInfo} type @param {any} words */
export function typeText(type, words) {
  if (type.anyOf) return type.anyOf.map((member) => typeText(member, words)).join(words.or);
  if (type.kind === "array") return words.arrayOf(type.items ? typeText(type.items, words) : words.kinds.any);
  const base = words.kinds[type.kind] ?? type.kind;
  const details = [];
  if (type.format) details.push(type.format);
  if (type.minimum !== undefined && type.maximum !== undefined) details.push(`${type.minimum} … ${type.maximum}`);
  else if (type.minimum !== undefined) details.push(`≥ ${type.minimum}`);
  else if (type.maximum !== undefined) details.push(`≤ ${type.maximum}`);
  if (type.minLength === 1) details.push(words.nonEmpty);
  if (type.pattern) details.push(type.pattern);
  return details.length === 0 ? base : `${base}${words.details(details)}`;
}

/**
 * @param {{ locale: import("./locales.mjs").Locale, catalog: ReturnType<typeof import("./event-catalog.mjs").readEventCatalog>, css: string }} input
 */
export function renderEventReferencePage({ locale, catalog, css }) {
  const words = EVENT_PAGE_TEXT[locale.code];
  const currentFile = localizedFile(locale, EVENTS_PAGE);
  const links = { currentFile, fileFor: (pagePath) => localizedFile(locale, pagePath) };
  const markdown = (text) => (text ? renderMarkdown(text, links) : "");
  const inline = (text) => markdown(text).replace(/^<p>([\s\S]*)<\/p>\n?$/, "$1");
  const messageTitle = new Map(catalog.messages.map((message) => [message.key, message.title]));
  const messageLink = (key) => `<a href="#${anchorOf.message(key)}">${escapeHtml(messageTitle.get(key) ?? key)}</a>`;

  const fieldTable = (fields) => `<table class="field-table">
<thead><tr><th>${words.field}</th><th>${words.type}</th><th>${words.required}</th><th>${words.description}</th></tr></thead>
<tbody>
${fields
  .map((field) => {
    const values =
      field.values.length === 0
        ? ""
        : `<p class="field-values">${field.constValue ? words.value : field.openValues ? words.knownValues : words.values} ${field.values.map(code).join(", ")}</p>`;
    return `<tr data-field="${escapeHtml(field.path)}"><td>${code(field.path)}</td><td>${inline(typeText(field.type, words))}</td><td>${field.required ? words.yes : words.no}</td><td>${markdown(field.description)}${values}</td></tr>`;
  })
  .join("\n")}
</tbody>
</table>`;

  const intro = words.intro
    .replace("{reference}", `${relativeHref(currentFile, localizedFile(locale, "reference/index.html"))}#/margin-trading/margincreatelistentoken`)
    .replace("{guide}", relativeHref(currentFile, localizedFile(locale, "guides/watching-order-lists.html")));

  const sections = [];
  sections.push(`<h1 id="top">${escapeHtml(catalog.title)}</h1>
${markdown(intro)}
${markdown(catalog.description)}`);

  sections.push(`<h2 id="connection">${words.connection}</h2>
${catalog.server ? `<h3 id="server">${words.server}: ${code(catalog.server.url)}</h3>\n${markdown(catalog.server.description)}` : ""}
<h3 id="channel">${words.channel}: ${escapeHtml(catalog.channel.title)} ${code(catalog.channel.address)}</h3>
${markdown(catalog.channel.description)}`);

  sections.push(`<h2 id="operations">${words.operations}</h2>
${catalog.operations
  .map(
    (operation) => `<section class="event-operation" id="${anchorOf.operation(operation.key)}">
<h3>${escapeHtml(operation.title)}</h3>
<p><strong>${operation.action === "send" ? words.send : words.receive}</strong>: ${operation.messages.map(messageLink).join(", ")}${
      operation.replies.length > 0 ? `. <strong>${words.replies}</strong>: ${operation.replies.map(messageLink).join(", ")}` : ""
    }</p>
${markdown(operation.summary)}
${markdown(operation.description)}
</section>`,
  )
  .join("\n")}`);

  sections.push(`<h2 id="messages">${words.messages}</h2>
${catalog.messages
  .map(
    (message) => `<section class="event-message" id="${anchorOf.message(message.key)}">
<h3>${escapeHtml(message.title)} ${code(message.name)}</h3>
${markdown(message.summary)}
${markdown(message.payloadDescription)}
<h4>${words.payload}</h4>
${fieldTable(message.fields)}
${
  message.examples.length > 0
    ? `<h4>${words.examples}</h4>\n${message.examples.map((example) => `<p>${code(example.name)}</p>\n<pre><code class="language-json">${escapeHtml(example.json)}</code></pre>`).join("\n")}`
    : ""
}
</section>`,
  )
  .join("\n")}`);

  sections.push(`<h2 id="events">${words.events}</h2>
${markdown(words.eventsIntro)}
${catalog.events
  .map(
    (event) => `<section class="event-type" id="${anchorOf.event(event.type)}">
<h3>${code(event.type)}</h3>
${markdown(event.description)}
${fieldTable(event.fields)}
</section>`,
  )
  .join("\n")}
${
  catalog.unknownEvent
    ? `<section class="event-type" id="event-other">
<h3>${words.unknownEvents}</h3>
${markdown(words.unknownEventsIntro)}
${markdown(catalog.unknownEvent.description)}
${fieldTable(catalog.unknownEvent.fields)}
</section>`
    : ""
}`);

  const navItems = [
    `<a href="#connection">${words.connection}</a>`,
    `<a href="#operations">${words.operations}</a>`,
    ...catalog.operations.map((operation) => `<a class="nav-sub" href="#${anchorOf.operation(operation.key)}">${escapeHtml(operation.title)}</a>`),
    `<a href="#messages">${words.messages}</a>`,
    ...catalog.messages.map((message) => `<a class="nav-sub" href="#${anchorOf.message(message.key)}">${escapeHtml(message.title)}</a>`),
    `<a href="#events">${words.events}</a>`,
    ...catalog.events.map((event) => `<a class="nav-sub" href="#${anchorOf.event(event.type)}">${code(event.type)}</a>`),
    ...(catalog.unknownEvent ? [`<a class="nav-sub" href="#event-other">${words.unknownEvents}</a>`] : []),
  ];

  return renderPageShell({
    locale,
    pagePath: EVENTS_PAGE,
    title: `${CHROME_TEXT[locale.code].events}: ${catalog.title}`,
    css,
    navLabel: words.onThisPage,
    navItems,
    body: sections.join("\n"),
  });
}
