/**
 * Excel's limits that the host enforces. Each failing value fails the whole batch, as Excel
 * does ("Excel specifications and limits", support.microsoft.com: row height 409 points,
 * column width 255 characters; Microsoft Learn, "Resource limits and performance
 * optimization for Office Add-ins": Excel on the web limits requests and responses to 5 MB,
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
 */
export const MAX_ROW_HEIGHT = 409;
/** 255 characters of the default font (7 px each plus 5 px of padding), in points. */
export const MAX_COLUMN_WIDTH = ((255 * 7 + 5) * 3) / 4;
/** Bytes a request or a response may carry on Excel on the web. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;
