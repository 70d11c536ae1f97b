// Validates a Carrywell FHIR export with FHIR.js and checks what FHIR.js
// leaves to the sender: every entry has a unique urn:uuid: fullUrl, and
// every reference (and each QuestionnaireResponse's questionnaire) points at
// an entry of the Bundle.
//
//   node validate-fhir.js VALIDATOR_FOLDER BUNDLE.json
//
// Prints every message; exits 1 on any error.
'use strict';
const fs = require('fs');
const path = require('path');

const [validatorDir, file] = process.argv.slice(2);
const { Fhir } = require(path.join(validatorDir, 'node_modules', 'fhir'));
const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));

const problems = [];
const result = new Fhir().validate(bundle);
for (const message of result.messages) {
    const line = `${message.severity}: ${message.resourceId || ''} ${message.location || ''}: ${message.message}`;
    console.log(line);
    // Terminology is not loaded, so value-set lookups can only warn; an
    // unexpected property is a misspelt or misplaced element, so it counts.
    if (message.severity === 'error' || /Unexpected property/i.test(message.message))
        problems.push(line);
}
if (!result.valid)
    problems.push('FHIR.js: the Bundle is not valid');

const urls = new Set();
for (const [index, entry] of (bundle.entry || []).entries()) {
    if (!/^urn:uuid:[0-9a-f-]{36}$/.test(entry.fullUrl || ''))
        problems.push(`entry[${index}]: fullUrl "${entry.fullUrl}" is not a urn:uuid:`);
    if (urls.has(entry.fullUrl))
        problems.push(`entry[${index}]: fullUrl ${entry.fullUrl} is used twice`);
    urls.add(entry.fullUrl);
}
const walk = (value, where) => {
    if (Array.isArray(value)) {
        value.forEach((item, i) => walk(item, `${where}[${i}]`));
    } else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            const resolves = key === 'reference' ||
                (key === 'questionnaire' && value.resourceType === 'QuestionnaireResponse');
            if (resolves && typeof item === 'string' && !urls.has(item))
                problems.push(`${where}.${key}: ${item} is not an entry of the Bundle`);
            walk(item, `${where}.${key}`);
        }
    }
};
walk(bundle, 'Bundle');

for (const problem of problems)
    console.error(`PROBLEM ${problem}`);
console.log(`${bundle.entry ? bundle.entry.length : 0} entries, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
