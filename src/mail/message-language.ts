import { registerEnumType } from '@nestjs/graphql';

/** The language of a message: Slovenian by default, English on request. */
export enum MessageLanguage {
  SL = 'SL',
  EN = 'EN',
}

registerEnumType(MessageLanguage, {
  name: 'MessageLanguage',
  description: 'Slovenian (the default) or English.',
  valuesMap: { SL: { description: 'Slovenian.' }, EN: { description: 'English.' } },
});
