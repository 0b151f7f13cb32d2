import { chineseSiblingKey, containsChinese, DEFAULT_LOCALIZED_FIELDS } from "../localized-fields.mjs";

/**
 * Every node that has a `summary` / `description` (or any configured field)
 * must carry a non-empty `x-<field>-zh-CN` sibling with Chinese text, and no
 * Chinese sibling may exist without its English field. The docs site and the
 * zh-CN bundle are only as complete as this rule makes them.
 *
 * Options: `fields` (default `["summary", "description"]`).
 */
export function BilingualSiblings(options = {}) {
  const fields = options.fields ?? DEFAULT_LOCALIZED_FIELDS;
  return {
    any: {
      enter(node, ctx) {
        // Only structured OpenAPI objects; example payloads and maps of
        // user-chosen names are walked as other types and never matched here.
        if (!isPlainObject(node) || !ctx.type?.properties) return;
        for (const field of fields) {
          const siblingKey = chineseSiblingKey(field);
          const english = node[field];
          const chinese = node[siblingKey];
          if (typeof english === "string") {
            if (!containsChinese(chinese)) {
              ctx.report({
                message: `${ctx.type.name} has "${field}" but no non-empty "${siblingKey}" with Chinese text.`,
                location: ctx.location.child([field]).key(),
              });
            }
          } else if (chinese !== undefined) {
            ctx.report({
              message: `${ctx.type.name} has "${siblingKey}" but no "${field}" for it to translate.`,
              location: ctx.location.child([siblingKey]).key(),
            });
          }
        }
      },
    },
  };
}

function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
