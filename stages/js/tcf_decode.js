// Decodes IAB TCF TC strings with the IAB Tech Lab's own library (@iabtechlabtcf/core), for stages/tcf.py.
// argv[2]: the library's lib/cjs folder. stdin: {"strings": [...], "gvls": {"<version>": "<vendor-list.json path>"}}.
// stdout: one summary per string, in order; a string that does not decode gets {"error": "..."}.
const fs = require('fs');
const path = require('path');
const { TCString, GVL } = require(path.join(process.argv[2], 'index.js'));

const ids = (vector) => {
  const out = [];
  vector.forEach((value, id) => { if (value) out.push(id); });
  return out;
};

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const { strings, gvls } = JSON.parse(input);
  const out = strings.map((tcString) => {
    try {
      const model = TCString.decode(tcString);
      const gvlPath = gvls[String(model.vendorListVersion)];
      let gvlVendors = null;
      if (gvlPath) {
        const gvl = new GVL(JSON.parse(fs.readFileSync(gvlPath, 'utf8')));
        gvlVendors = {};
        for (const [id, v] of Object.entries(gvl.vendors)) {
          gvlVendors[id] = { name: v.name, purposes: v.purposes || [], leg_int_purposes: v.legIntPurposes || [],
                             flexible_purposes: v.flexiblePurposes || [] };
        }
      }
      return {
        tc_string: tcString, cmp_id: model.cmpId, cmp_version: model.cmpVersion,
        tcf_policy_version: model.policyVersion, vendor_list_version: model.vendorListVersion,
        publisher_cc: model.publisherCountryCode, is_service_specific: model.isServiceSpecific,
        purpose_consents: ids(model.purposeConsents),
        purpose_legitimate_interests: ids(model.purposeLegitimateInterests),
        special_feature_optins: ids(model.specialFeatureOptins),
        vendor_consents: ids(model.vendorConsents),
        vendor_legitimate_interests: ids(model.vendorLegitimateInterests),
        gvl_vendors: gvlVendors,
      };
    } catch (e) {
      return { tc_string: tcString, error: String((e && e.message) || e).slice(0, 300) };
    }
  });
  process.stdout.write(JSON.stringify(out));
});
