// Builds src/main/resources/network/map/europe.tsv: one SVG path per country, projected and cropped
// to Europe (with Israel and the Caucasus edge), from Natural Earth's 1:50m countries (public
// domain) as packaged by world-atlas. Pharos draws its coverage map from that file at run time and
// needs no Node.js: run this only to change the map, then commit the file.
//
//   cd frontend/map && npm ci && npm run build

import { readFileSync, writeFileSync } from "node:fs";
import { geoAzimuthalEqualArea, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify, sphericalTriangleArea } from "topojson-simplify";

const OUTPUT = new URL("../../src/main/resources/network/map/europe.tsv", import.meta.url);
const WIDTH = 800;
// Share of the points kept after simplification: enough for the shape of small countries.
const KEEP = 0.25;

// ISO 3166-1 numeric (world-atlas ids) to alpha-2, for every country inside the frame.
const ISO2 = {
  "008": "AL", "020": "AD", "040": "AT", "112": "BY", "056": "BE", "070": "BA", "100": "BG",
  "191": "HR", "196": "CY", "203": "CZ", "208": "DK", "233": "EE", "246": "FI", "250": "FR",
  "276": "DE", "300": "GR", "348": "HU", "352": "IS", "372": "IE", "380": "IT", "428": "LV",
  "438": "LI", "440": "LT", "442": "LU", "470": "MT", "498": "MD", "492": "MC", "499": "ME",
  "528": "NL", "807": "MK", "578": "NO", "616": "PL", "620": "PT", "642": "RO", "643": "RU",
  "674": "SM", "688": "RS", "703": "SK", "705": "SI", "724": "ES", "752": "SE", "756": "CH",
  "804": "UA", "826": "GB", "336": "VA", "792": "TR", "376": "IL", "268": "GE", "051": "AM",
  "031": "AZ", "398": "KZ", "275": "PS", "400": "JO", "422": "LB", "760": "SY", "368": "IQ",
  "364": "IR", "682": "SA", "818": "EG", "434": "LY", "788": "TN", "012": "DZ", "504": "MA",
  "304": "GL", "234": "FO", "833": "IM", "832": "JE", "831": "GG", "248": "AX", "292": "GI",
};
// Drawn without an ISO code in Natural Earth.
const BY_NAME = { Kosovo: "XK", "N. Cyprus": "_CYN" };

const topology = JSON.parse(
  readFileSync(new URL("node_modules/world-atlas/countries-50m.json", import.meta.url)));
const weighted = presimplify(topology, sphericalTriangleArea);
const simplified = simplify(weighted, quantile(weighted, KEEP));
const countries = feature(simplified, simplified.objects.countries).features;

// The frame: Iceland to the Caucasus, the North Cape to Israel.
const frame = { type: "MultiPoint", coordinates: [[-24.5, 66.5], [-10, 36], [50, 40], [45, 71],
  [35, 29.4], [25, 71.2], [-9.5, 52]] };
const projection = geoAzimuthalEqualArea().rotate([-12, -52]).fitWidth(WIDTH, frame);
const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frame);
const height = Math.ceil(y1 - y0);
projection.translate([projection.translate()[0] - x0, projection.translate()[1] - y0])
  .clipExtent([[0, 0], [WIDTH, height]]);
const path = geoPath(projection).digits(1);

const lines = [];
for (const country of countries) {
  const code = ISO2[country.id] ?? BY_NAME[country.properties.name];
  if (!code) continue;
  const d = path(country);
  if (!d) continue; // outside the frame
  lines.push(`${code}\t${d}`);
}
lines.sort();
const header = [
  "# Country outlines for Pharos's coverage map of Europe, as SVG path data per ISO 3166-1 alpha-2 code.",
  "# Source: Natural Earth 1:50m Admin 0 countries (public domain, naturalearthdata.com),",
  "# packaged by the npm package world-atlas 2.0.2; simplified (topojson-simplify, " +
    `${Math.round(KEEP * 100)}% of points kept) and projected (Lambert azimuthal equal-area centred on 12E 52N).`,
  "# Codes starting with _ are territories drawn without a code of their own.",
  "# Generated on 2026-11-28 by frontend/map/generate.mjs (cd frontend/map && npm ci && npm run build).",
  `viewBox\t0 0 ${WIDTH} ${height}`,
];
writeFileSync(OUTPUT, header.concat(lines).join("\n") + "\n");
console.log(`${lines.length} countries, ${WIDTH}x${height}`);
