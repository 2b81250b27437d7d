// Where a charter stands, said the same way by the charter and the handbook: signed or a draft,
// the facts at the top of both documents, and one signature block per party.
import type { SignatureRecord } from '../charter.document.ts';
import type { Phrasebook } from './document-language.ts';
import { asWritten, type Block, type Field, type Marker } from './document-model.ts';
import { utcTimestamp } from './document-values.ts';
import type { CharterRenderInput } from './index.ts';

const parties = ['principal', 'distributor'] as const;

/**
 * Signed means both parties signed this very text. A superseded version keeps that: it was signed,
 * only no longer in force.
 */
export function isSignedByBoth(input: CharterRenderInput): boolean {
  if (input.status !== 'signed' && input.status !== 'superseded') return false;
  return parties.every((party) =>
    input.signatures.some(
      (signature) => signature.party === party && signature.contentHash === input.hash,
    ),
  );
}

export function statusMarkers(input: CharterRenderInput, phrases: Phrasebook): Marker[] {
  const markers: Marker[] = [];
  if (input.status === 'superseded') {
    markers.push({ tone: 'superseded', text: phrases.label('marker.superseded') });
  }
  markers.push(
    isSignedByBoth(input)
      ? { tone: 'signed', text: phrases.label('marker.signed') }
      : { tone: 'draft', text: phrases.label('marker.draft') },
  );
  return markers;
}

/** Version, status and the time of printing: the first lines of both documents. */
export function documentFacts(input: CharterRenderInput, phrases: Phrasebook): Field[] {
  const { document } = input;
  const version = asWritten(String(document.version));
  const basedOn = document.basedOnVersion;
  return [
    { label: phrases.label('facts.principal'), value: asWritten(document.workspace.name) },
    { label: phrases.label('facts.distributor'), value: asWritten(document.distributor.name) },
    { label: phrases.label('facts.country'), value: phrases.country(document.distributor.country) },
    {
      label: phrases.label('facts.languages'),
      value: phrases.list(document.distributor.languages.map(phrases.language)),
    },
    { label: phrases.label('facts.version'), value: version },
    ...(basedOn === null
      ? []
      : [{ label: phrases.label('facts.basedOn'), value: asWritten(String(basedOn)) }]),
    { label: phrases.label('facts.status'), value: phrases.label(`status.${input.status}`) },
    {
      label: phrases.label('facts.generatedAt'),
      value: asWritten(utcTimestamp(input.generatedAt)),
    },
  ];
}

export function signatureBlocks(input: CharterRenderInput, phrases: Phrasebook): Block[] {
  const { document } = input;
  const names = { principal: document.workspace.name, distributor: document.distributor.name };
  const signatureFields = (signature: SignatureRecord): Block[] => [
    {
      kind: 'fields',
      rows: [
        { label: phrases.label('label.signedBy'), value: asWritten(signature.typedName) },
        { label: phrases.label('label.signerRole'), value: asWritten(signature.signerRole) },
        {
          label: phrases.label('label.signedAt'),
          value: asWritten(utcTimestamp(signature.signedAt)),
        },
        {
          label: phrases.label('label.ip'),
          value: signature.ip ? asWritten(signature.ip) : phrases.label('value.notRecorded'),
        },
        { label: phrases.label('label.declaration'), value: asWritten(signature.consentText) },
      ],
    },
    ...(signature.contentHash === input.hash
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text: phrases.label('value.signedOtherText', { hash: signature.contentHash }),
          },
        ]),
  ];
  return parties.flatMap((party): Block[] => {
    const signatures = input.signatures.filter((signature) => signature.party === party);
    const side = party === 'principal' ? 'value.principalSide' : 'value.distributorSide';
    return [
      { kind: 'subheading', text: phrases.label(side, { name: names[party] }) },
      ...(signatures.length === 0
        ? [{ kind: 'paragraph' as const, text: phrases.label('value.awaitingSignature') }]
        : signatures.flatMap(signatureFields)),
    ];
  });
}
