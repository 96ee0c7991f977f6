import { describe, expect, it } from 'vitest';
import { classifyNames } from '../../src/lib/entities/classify-names.ts';
import { findEntities, readProse } from '../../src/lib/entities/find-entities.ts';
import { nameCandidates } from '../../src/lib/entities/name-candidates.ts';

// The pipeline's steps for one article: its prose, the names of its phrases, its entities.
const entitiesOf = (paragraphs: string[], extraPlaces?: string[]) => {
  const reading = readProse(paragraphs);
  return findEntities(reading, classifyNames(reading.candidates).names, extraPlaces);
};

describe('findEntities', () => {
  const paragraphs = [
    'Kenya’s Interior Minister Wanjiru Kamau said on Tuesday that the rebel group Front for Coastal Unity (FCU) had withdrawn from Lamu.',
    'The East African Community and the African Union welcomed the move, and officials in Nairobi, Uganda and Tanzania said talks would go on.',
    'Kamau said the agreement was brokered with help from Ethiopia.',
  ];
  const entities = entitiesOf(paragraphs, ['Mombasa']);

  it('finds places, starting with those from the caption or dateline', () => {
    expect(entities.places[0]).toBe('Mombasa');
    expect(entities.places).toEqual(expect.arrayContaining(['Nairobi', 'Uganda', 'Tanzania', 'Ethiopia']));
  });

  it('finds people without their titles', () => {
    expect(entities.people).toContain('Wanjiru Kamau');
    expect(entities.people.some((name) => /Minister/.test(name))).toBe(false);
  });

  it('finds organisations, including bare acronyms', () => {
    expect(entities.organisations).toEqual(expect.arrayContaining(['African Union', 'FCU']));
  });

  it('takes no office, event or titled person for a place, and an institution for an organisation', () => {
    const found = entitiesOf(['"Leave now," Garfield County Sheriff Anita Rowe said as the Pinyon Ridge Fire spread toward Redcliff, where Governor Elena Marsh visited Fenwick City Council.']);
    expect(found.places.filter((place) => /Sheriff|Fire|Governor|Council/.test(place))).toEqual([]);
  });

  it('leaves out text written all in capitals', () => {
    expect(entitiesOf(['SHARES OF ACME CORP ROSE IN LONDON TRADING']).organisations).toEqual([]);
  });
});

describe('names defined by their acronym', () => {
  it('takes the long form as the organisation, Arabic particles included', () => {
    const { organisations } = entitiesOf(['The jihadist group Jama\'at Nusrat al-Islam wal-Muslimin (JNIM) has raised concern. JNIM said nothing.', 'Leaders of the Economic Community of West African States (ECOWAS) met.']);
    expect(organisations).toEqual(expect.arrayContaining(["Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM', 'Economic Community of West African States', 'ECOWAS']));
  });

  it('leaves places, and brackets that do not spell the name, alone', () => {
    const { places, organisations } = entitiesOf(['Growers in Papua New Guinea (PNG) expanded.', 'Talks in Bamako (AFP) went on.']);
    expect(places).toContain('Papua New Guinea');
    expect(organisations).not.toContain('Papua New Guinea');
    expect(organisations.some((name) => name.includes('Bamako'))).toBe(false);
  });
});

describe('nameCandidates', () => {
  const text = 'Talks resumed on Monday the Nordic Cryosphere Observatory said, and the Bank of the North agreed. But the Court of Appeals for the District of Columbia ruled.';

  it('starts a new phrase at a bare "the" after a capitalised word, and keeps the "the"', () => {
    expect(nameCandidates(text)).toEqual(['Talks', 'Monday', 'the Nordic Cryosphere Observatory', 'Bank of the North', 'the Court of Appeals for the District of Columbia']);
  });

  it('finds the same names in the phrases so split', () => {
    expect(entitiesOf([text])).toEqual({ places: ['District of Columbia'], people: [], organisations: ['Nordic Cryosphere Observatory'] });
  });
});
