// A small Gorenjska demo data set for `npm run seed`: invented organizations, real places.
// Kept apart from the evaluation sets on purpose: it shows the service, it does not tune it.
import { Sector } from '../src/organizations/sector.enum';
import { Reach } from '../src/offers/offer.enums';
import { ResourceType } from '../src/reference-data/resource-type.enum';
import { NeedKind } from '../src/needs/need.enums';

export interface SeedOrganization {
  key: string;
  name: string;
  sector: Sector;
  municipalityCode: string;
  description: string;
  themeCodes: string[];
  email: string;
}

export const SEED_ORGANIZATIONS: SeedOrganization[] = [
  { key: 'radovljica', name: 'Občina Radovljica (demo)', sector: Sector.MUNICIPALITY, municipalityCode: '102', description: 'Občina, ki podpira programe za starejše in mlade ter urejanje javnih površin.', themeCodes: ['SOCIAL_ELDERLY', 'EDUCATION_YOUTH'], email: 'obcina@example.org' },
  { key: 'trzic', name: 'Občina Tržič (demo)', sector: Sector.MUNICIPALITY, municipalityCode: '131', description: 'Občina ob vznožju Karavank z razpršenimi vasmi.', themeCodes: ['DEVELOPMENT_RURAL'], email: 'obcina-trzic@example.org' },
  { key: 'karitas', name: 'Župnijska karitas Jesenice (demo)', sector: Sector.NGO, municipalityCode: '041', description: 'Razdeljujemo pakete hrane in obiskujemo osamljene starejše.', themeCodes: ['SOCIAL_POVERTY', 'SOCIAL_ELDERLY'], email: 'karitas@example.org' },
  { key: 'mladi', name: 'Mladinski center Kranj (demo)', sector: Sector.NGO, municipalityCode: '052', description: 'Youth centre running workshops, summer camps and volunteering programmes.', themeCodes: ['EDUCATION_YOUTH'], email: 'mc-kranj@example.org' },
  { key: 'gasilci', name: 'Prostovoljno gasilsko društvo Bled (demo)', sector: Sector.NGO, municipalityCode: '003', description: 'Gasilci, ki pomagamo ob poplavah in učimo prvo pomoč.', themeCodes: ['SAFETY'], email: 'pgd-bled@example.org' },
  { key: 'elektro', name: 'Elektro Gorenjska Demo d.o.o.', sector: Sector.COMPANY, municipalityCode: '052', description: 'Podjetje z 200 zaposlenimi, ki vsako leto podpre lokalne projekte in omogoča dneve prostovoljstva.', themeCodes: [], email: 'csr@example.com' },
  { key: 'it', name: 'Alpska koda d.o.o. (demo)', sector: Sector.COMPANY, municipalityCode: '192', description: 'Software company offering pro-bono web development and IT training.', themeCodes: ['EDUCATION'], email: 'hello@example.com' },
  { key: 'bsc', name: 'Razvojna agencija Gorenjske (demo)', sector: Sector.DEVELOPMENT_AGENCY, municipalityCode: '052', description: 'Regionalna razvojna agencija, ki išče partnerje za projekte EU.', themeCodes: ['DEVELOPMENT'], email: 'rra@example.org' },
];

export const SEED_NEEDS = [
  { organization: 'radovljica', title: 'Prevozi starejših k zdravniku', description: 'Starejši občani iz oddaljenih vasi potrebujejo prevoz do zdravstvenega doma v Radovljici. Iščemo prostovoljne voznike in vozilo.', kind: NeedKind.PUBLIC_SERVICE, themeCodes: ['SOCIAL_ELDERLY'], resourceTypes: [ResourceType.VOLUNTEERS, ResourceType.SERVICE_DELIVERY], municipalityCode: '102', startsOn: '2027-01-15', endsOn: '2027-12-31', budgetEur: 3000, preferredSectors: [Sector.NGO] },
  { organization: 'trzic', title: 'Brezplačne športne ure za otroke', description: 'Želimo vsem otrokom omogočiti brezplačno vadbo po pouku; potrebujemo telovadnico in trenerje.', kind: NeedKind.LOCAL_CHALLENGE, themeCodes: [], resourceTypes: [ResourceType.PREMISES, ResourceType.EXPERTISE], municipalityCode: '131', startsOn: '2027-02-01', endsOn: '2027-06-30', budgetEur: null, preferredSectors: [] },
  { organization: 'karitas', title: 'Hladilnik za razdeljevanje hrane', description: 'Za shranjevanje sveže hrane, ki jo razdelimo družinam v stiski, potrebujemo industrijski hladilnik.', kind: NeedKind.LOCAL_CHALLENGE, themeCodes: ['SOCIAL_POVERTY'], resourceTypes: [ResourceType.EQUIPMENT, ResourceType.FUNDING], municipalityCode: '041', startsOn: null, endsOn: null, budgetEur: 2500, preferredSectors: [Sector.COMPANY] },
  { organization: 'mladi', title: 'New website for youth volunteering', description: 'We need help building a website where young people can sign up for volunteering actions.', kind: NeedKind.LOCAL_CHALLENGE, themeCodes: ['EDUCATION_YOUTH'], resourceTypes: [ResourceType.EXPERTISE], municipalityCode: '052', startsOn: '2027-03-01', endsOn: '2027-05-31', budgetEur: 0, preferredSectors: [Sector.COMPANY] },
  { organization: 'bsc', title: 'Partnerji za projekt Interreg o trajnostnem turizmu', description: 'Iščemo društva in občine za skupno prijavo na razpis Interreg Slovenija–Avstrija.', kind: NeedKind.CALL_FOR_PARTNERS, themeCodes: ['DEVELOPMENT_TOURISM'], resourceTypes: [ResourceType.PROJECT_PARTNERSHIP], municipalityCode: '052', startsOn: '2027-04-01', endsOn: '2029-03-31', budgetEur: null, preferredSectors: [Sector.NGO, Sector.MUNICIPALITY] },
];

export const SEED_OFFERS = [
  { organization: 'elektro', title: 'Dan prostovoljstva zaposlenih', description: 'Naši zaposleni en dan na mesec pomagajo lokalnim društvom: prevozi, urejanje okolice, pomoč starejšim.', themeCodes: [], resourceTypes: [ResourceType.VOLUNTEERS], municipalityCode: '052', reach: Reach.REGIONAL, serviceAreaCodes: [], availableFrom: '2027-01-01', availableUntil: '2027-12-31', valueEur: null, capacity: 6 },
  { organization: 'elektro', title: 'Sklad za lokalne pobude', description: 'Donacije do 3.000 EUR za projekte društev na Gorenjskem.', themeCodes: ['SOCIAL', 'ENVIRONMENT'], resourceTypes: [ResourceType.FUNDING], municipalityCode: '052', reach: Reach.REGIONAL, serviceAreaCodes: [], availableFrom: '2027-01-01', availableUntil: '2027-10-31', valueEur: 3000, capacity: 5 },
  { organization: 'it', title: 'Pro-bono web development', description: 'Two developers help an NGO or municipality build or refresh its website, up to 80 hours.', themeCodes: ['EDUCATION'], resourceTypes: [ResourceType.EXPERTISE], municipalityCode: '192', reach: Reach.NATIONAL, serviceAreaCodes: [], availableFrom: '2027-02-01', availableUntil: '2027-09-30', valueEur: 6000, capacity: 1 },
  { organization: 'gasilci', title: 'Tečaji prve pomoči za društva', description: 'Izvedemo tečaj prve pomoči za prostovoljce in zaposlene v društvih.', themeCodes: ['SAFETY', 'HEALTH'], resourceTypes: [ResourceType.SERVICE_DELIVERY, ResourceType.EXPERTISE], municipalityCode: '003', reach: Reach.LOCAL, serviceAreaCodes: [], availableFrom: null, availableUntil: null, valueEur: null, capacity: null },
  { organization: 'mladi', title: 'Dvorana za delavnice', description: 'Večnamenska dvorana za 60 ljudi, brezplačno za neprofitne dejavnosti ob popoldnevih.', themeCodes: ['EDUCATION_YOUTH'], resourceTypes: [ResourceType.PREMISES], municipalityCode: '052', reach: Reach.LOCAL, serviceAreaCodes: [], availableFrom: '2027-01-01', availableUntil: null, valueEur: null, capacity: 3 },
];
