/** The booth's public face: its address and the kiosk's, for the officer's voting desk. */
export { boothAddress, kioskAddress } from "./kiosk";
