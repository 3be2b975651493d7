// Writes the OpenAPI document the contract test validates against: the protocol's own file
// (tests/data/rest-catalog-open-api.yaml, a byte-for-byte copy of Paimon's), with the few
// places patched where the file is wrong or silent and Java's behaviour is clear. Each patch
// names its reason; docs/CONFORMANCE.md lists the same differences.
//
// Usage: node prepare-spec.mjs IN.yaml OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';

const [input, output] = process.argv.slice(2);
const spec = yaml.load(readFileSync(input, 'utf8'));
const schemas = spec.components.schemas;
const applied = [];

function nullable(schemaName, property, why) {
  const p = schemas[schemaName]?.properties?.[property];
  if (!p) throw new Error(`no property ${schemaName}.${property} to patch`);
  if (p.$ref) {
    schemas[schemaName].properties[property] = { oneOf: [{ $ref: p.$ref }, { type: 'null' }] };
  } else {
    const types = Array.isArray(p.type) ? p.type : [p.type];
    if (!types.includes('null')) p.type = [...types, 'null'];
  }
  applied.push(`${schemaName}.${property} may be null: ${why}`);
}

// 1. Java's Jackson writes null members (no NON_NULL on these fields), and pypaimon requires
//    nextPageToken: the last page of every list says "nextPageToken":null.
for (const [name, schema] of Object.entries(schemas)) {
  if (schema.properties?.nextPageToken) {
    nullable(name, 'nextPageToken', 'Java writes the token of the last page as null');
  }
}
// 2. GetDatabaseResponse and GetTableResponse write every member, null included, when the
//    catalog does not know it (a warehouse folder has no owner or audit names).
for (const p of ['id', 'location', 'owner', 'createdBy', 'updatedBy']) {
  nullable('GetDatabaseResponse', p, 'Java writes every member of GetDatabaseResponse');
}
for (const p of ['id', 'path', 'owner', 'createdBy', 'updatedBy']) {
  nullable('GetTableResponse', p, 'Java writes every member of GetTableResponse');
}

// 3. Java's server answers 400 for every IllegalArgumentException, whatever the operation: a
//    name it refuses (sys, t$snapshots, '..'), a malformed escape, a body that is not the
//    request, a name pattern that is not a prefix. The file declares 400 on a few operations.
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!operation?.responses || operation.responses['400']) continue;
    operation.responses['400'] = { $ref: '#/components/responses/BadRequestErrorResponse' };
    applied.push(`${method.toUpperCase()} ${path} may answer 400: Java's server refuses bad input`);
  }
}

// 4. Snapshot.commitIdentifier is a Java long (Snapshot.java), written as a JSON number; the
//    file types it as a string.
schemas.Snapshot.properties.commitIdentifier = { type: 'integer', format: 'int64' };
applied.push('Snapshot.commitIdentifier is an integer: Java writes a long');
// 5. ResetConsumerRequest.nextSnapshotId: Java writes the key always, null to delete the
//    consumer (the file's own description says a missing id deletes it).
nullable('ResetConsumerRequest', 'nextSnapshotId', 'Java writes null to delete the consumer');

// 6. Views and functions (OBJECTS.md §7, §8): Java writes every member of GetViewResponse,
//    GetFunctionResponse and CreateFunctionRequest, nulls included (a warehouse folder has no
//    owner or audit names; a function may have no parameters or comment), and the members of
//    a definition that do not apply to it as null.
for (const p of ['id', 'owner', 'createdBy', 'updatedBy']) {
  nullable('GetViewResponse', p, 'Java writes every member of GetViewResponse');
}
for (const p of ['uuid', 'owner', 'createdBy', 'updatedBy', 'inputParams', 'returnParams', 'comment']) {
  nullable('GetFunctionResponse', p, 'Java writes every member of GetFunctionResponse');
}
for (const p of ['inputParams', 'returnParams', 'comment']) {
  nullable('CreateFunctionRequest', p, 'Java writes every member of CreateFunctionRequest');
}
for (const p of ['language', 'className', 'functionName']) {
  nullable('FileFunctionDefinition', p, 'a file definition may leave them out');
}
nullable('LambdaFunctionDefinition', 'language', 'a lambda may leave its language out');
// 7. Altering a view or a function may answer 409: Java's server answers DialectAlreadyExist
//    for an addDialect of a dialect the view has, DefinitionAlreadyExist for an addDefinition
//    of a definition the function has (OBJECTS.md §7, §8). The file declares no 409 there.
for (const path of ['/v1/{prefix}/databases/{database}/views/{view}',
                    '/v1/{prefix}/databases/{database}/functions/{function}']) {
  spec.paths[path].post.responses['409'] =
    { $ref: '#/components/responses/ResourceAlreadyExistErrorResponse' };
  applied.push(`POST ${path} may answer 409: Java's server refuses a dialect or definition that exists`);
}
writeFileSync(output, JSON.stringify(spec));
for (const line of applied) console.log(`patched: ${line}`);
