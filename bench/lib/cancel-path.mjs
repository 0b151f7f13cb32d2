/** The signed call every contender makes: cancel one OCO list. */
export const CANCEL_PATH = "/sapi/v1/margin/orderList";
