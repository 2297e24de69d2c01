/*
 * The numbers the checker's urgent result tells a patient to call, by the
 * region a locale names (`en-GB`, `de-CH`, `zh-Hans-CN`), emergency first,
 * then the service for urgent medical advice where there is one. Every row
 * says where it comes from; check those sources before changing a row.
 *
 * English pages need the English-speaking regions only, so those are in every
 * bundle; the others come with the language builds (`src/locales/`), which
 * add `moreEmergencyNumbers`. A region missing here keeps the general
 * "call your local emergency number" wording.
 */
export const emergencyNumbers: Record<string, string[]> = {
  // NHS, "When to call 999" and "When to use 111" (nhs.uk); NHS 111 in England, Wales and Scotland (NHS 24 111).
  gb: ['999', 'NHS 111'],
  // National 911 Program, NHTSA (911.gov).
  us: ['911'],
  // CRTC, "9-1-1 emergency services" (crtc.gc.ca).
  ca: ['911'],
  // Australian Government, Triple Zero (triplezero.gov.au).
  au: ['000'],
  // New Zealand Police and Health New Zealand, "Call 111 in an emergency" (police.govt.nz, info.health.nz).
  nz: ['111'],
  // Government of Ireland / Citizens Information, "Emergency services: 112 or 999" (gov.ie, citizensinformation.ie).
  ie: ['112', '999'],
};

/** The regions of the other built-in languages; the language builds add them to `emergencyNumbers`. */
export const moreEmergencyNumbers: Record<string, string[]> = {
  // 112: European emergency number (European Commission, digital-strategy.ec.europa.eu/112).
  // 116 117: ärztlicher Bereitschaftsdienst, Kassenärztliche Bundesvereinigung (116117.de).
  de: ['112', '116 117'],
  // 144 Rettung, 112 Euro-Notruf, 141 Ärztenotdienst: oesterreich.gv.at, "Notrufnummern".
  at: ['144', '112', '141'],
  // 144 Sanitätsnotruf / ambulance: ch.ch (the Swiss authorities' portal), "Notfallnummern".
  ch: ['144'],
  // 15 SAMU, 112: service-public.fr, "Numéros d'urgence".
  fr: ['15', '112'],
  // 112: SPF Intérieur / FOD Binnenlandse Zaken (112.be).
  be: ['112'],
  // 112: Ministerio del Interior, Protección Civil y Emergencias, "Teléfono 112".
  es: ['112'],
  // 911: Gobierno de México, Secretariado Ejecutivo del SNSP, "911 número único de emergencias" (gob.mx/911).
  mx: ['911'],
  // 112: INEM, Instituto Nacional de Emergência Médica (inem.pt); SNS 24: Serviço Nacional de Saúde (sns24.gov.pt).
  pt: ['112', 'SNS 24 (808 24 24 24)'],
  // SAMU 192: Ministério da Saúde, "Serviço de Atendimento Móvel de Urgência – SAMU 192" (gov.br/saude).
  br: ['SAMU 192'],
  // 120: National Health Commission of the PRC, 院前医疗急救管理办法 (2013), the national pre-hospital emergency number (nhc.gov.cn).
  cn: ['120'],
};
