import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLField, isLeafType, OperationDefinitionNode, parse } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { actorFor, exampleInputs, InputWorld } from './support/example-inputs';
import { GqlResponse } from './support/graphql-client';
import { invite, signIn, uniqueEmail } from './support/seed';
import { tablesContaining } from './support/stored-text';
import { seedTenancyWorld } from './support/tenancy-world';
import {
  exampleText,
  expectedField,
  textInputsOf,
  validVariables,
  withValueAt,
} from './support/text-input-calls';
import { DOMAINS } from './tenancy/domains';

/**
 * Every String and ID argument or input field of every mutation of the committed schema, nested
 * included, sent once with a NUL character and once with a lone UTF-16 surrogate inside an otherwise
 * valid call: each must be a BAD_USER_INPUT naming that field, never an internal error, and nothing
 * may be stored. A mutation added later is covered by the schema it adds; one whose call the example
 * table cannot build fails here, naming the value to add.
 */

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
const mutationType = schema.getMutationType();
if (!mutationType) throw new Error('The schema has no mutations');
const MUTATIONS = Object.values(mutationType.getFields());
const WITH_TEXT = MUTATIONS.filter((mutation) => textInputsOf(mutation).length > 0);

const BAD_TEXTS = [
  { what: 'a NUL character', text: '\u0000', constraint: 'noNulCharacter' },
  { what: 'a lone surrogate', text: '\ud800', constraint: 'wellFormedUnicode' },
];

type Mutation = GraphQLField<unknown, unknown>;

/** The mutation called with every argument as a variable, selecting only `__typename` of an object. */
function documentOf(mutation: Mutation): string {
  const definitions = mutation.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(mutation.type)) ? '' : ' { __typename }';
  const call = args ? `${mutation.name}(${args})` : mutation.name;
  return `mutation Probe${definitions ? `(${definitions})` : ''} { ${call}${selection} }`;
}

/** The variables' problems as GraphQL itself sees them (wrong type, missing required input). */
function typeErrors(document: string, variables: Record<string, unknown>): string[] {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return (coerced.errors ?? []).map((error) => error.message);
}

/** What went wrong with one probe, in words; null when it was refused as it must be. */
function problemOf(response: GqlResponse<unknown>, field: string, constraint: string): string | null {
  const codes = response.errors.map((error) => error.extensions.code);
  if (response.data || codes.length === 0) return `accepted (${response.text})`;
  if (codes.some((code) => code !== 'BAD_USER_INPUT'))
    return `answered ${codes.join(', ')}: ${response.text}`;
  const fields = response.errors.flatMap((error) => error.extensions.fields ?? []);
  const named = fields.some((entry) => entry.field === field && entry.constraint === constraint);
  return named ? null : `no ${constraint} error on ${field}: ${JSON.stringify(fields)}`;
}

let e2e: E2ePlatform;
let inputWorld: InputWorld;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  const world = await seedTenancyWorld(e2e.api);
  const seeded: InputWorld['seeded'] = {};
  for (const domain of DOMAINS) seeded[domain.name] = await domain.seed(world);
  const { token } = await invite(world.ownerA, { email: uniqueEmail('invited'), role: 'ANALYST' });
  inputWorld = { world, seeded, invitationToken: token };
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
});

describe('the input-safety table', () => {
  it('finds the mutations of the schema and their text inputs', () => {
    expect(MUTATIONS.length).toBeGreaterThan(50);
    expect(WITH_TEXT.map((mutation) => mutation.name)).toEqual(
      expect.arrayContaining([
        'signUp',
        'createBrand',
        'createPost',
        'schedulePost',
        'startAccountConnection',
      ]),
    );
    const createBrand = WITH_TEXT.find((mutation) => mutation.name === 'createBrand');
    expect(createBrand && textInputsOf(createBrand).map((input) => expectedField(input.path))).toEqual(
      expect.arrayContaining(['name', 'guidelines.toneNotes', 'guidelines.bannedWords.0', 'targetMarkets.0']),
    );
  });
});

describe.each(WITH_TEXT.map((mutation) => ({ name: mutation.name, mutation })))('$name', ({ mutation }) => {
  it('refuses a NUL character or a lone surrogate in each text input as a field error, storing nothing', async () => {
    const examples = exampleInputs(inputWorld);
    const document = documentOf(mutation);
    const valid = validVariables(mutation, examples);
    expect(typeErrors(document, valid)).toEqual([]);
    const actor = actorFor(mutation.name, inputWorld.world);
    // Signed in afresh: the suite outlasts an access token.
    const options = actor
      ? { token: (await signIn(e2e.api, actor.email, { agencyId: actor.agencyId })).auth.accessToken }
      : {};
    const marker = `probe-${mutation.name}`;

    const problems: string[] = [];
    for (const input of textInputsOf(mutation)) {
      const field = expectedField(input.path);
      for (const bad of BAD_TEXTS) {
        const text = `${exampleText(input, examples)}${bad.text}${marker}`;
        const variables = withValueAt(mutation, valid, input, text, examples);
        expect(typeErrors(document, variables)).toEqual([]);
        const response = await e2e.api.request(document, variables, options);
        const problem = problemOf(response, field, bad.constraint);
        if (problem) problems.push(`${field} with ${bad.what}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await tablesContaining(e2e.database.superuserUrl, marker)).toEqual([]);
  });
});
