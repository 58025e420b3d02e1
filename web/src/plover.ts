// PLOVER event types, in the manual's order, with colours for charts and labels.
export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;

export const PLOVER_COLORS: Record<string, string> = {
  AGREE: '#1b9e77', CONSULT: '#66a61e', SUPPORT: '#2c7fb8', CONCEDE: '#41b6c4', COOPERATE: '#7fcdbb', AID: '#a1dab4',
  RETREAT: '#bdbdbd', REQUEST: '#e6ab02', ACCUSE: '#fdae61', REJECT: '#f46d43', THREATEN: '#d73027', PROTEST: '#f781bf',
  SANCTION: '#984ea3', MOBILIZE: '#a65628', COERCE: '#b2182b', ASSAULT: '#67001f',
};
