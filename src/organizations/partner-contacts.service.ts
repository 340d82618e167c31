import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { Contact } from './contact.type';

/** A partner's contact, with the organization it speaks for. */
export interface PartnerContact extends Contact {
  organizationName: string;
}

interface ContactRow {
  id: string;
  name: string;
  contact_name: string | null;
  email: string | null;
  phone: string | null;
  admin_name: string | null;
  admin_email: string | null;
  admin_phone: string | null;
}

/**
 * What the other side of a partnership is given to reach an organization: its contact person,
 * e-mail and phone as posted. An organization registered with neither an e-mail nor a phone
 * (the hub's short registration) would otherwise leave its partner with a bare name, so its
 * first admin (the earliest to join as one) stands in: that person's name, e-mail and phone.
 */
@Injectable()
export class PartnerContacts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<Map<string, PartnerContact>> {
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.name, o.contact_name, o.email, o.phone,
              admin.name AS admin_name, admin.email AS admin_email, admin.phone AS admin_phone
         FROM organization o
         LEFT JOIN LATERAL (
           SELECT u.name, u.email, u.phone
             FROM membership m JOIN "user" u ON u.id = m.user_id
            WHERE m.organization_id = o.id AND m.role = 'ADMIN'
            ORDER BY m.created_at, m.id
            LIMIT 1
         ) admin ON o.email IS NULL AND o.phone IS NULL
        WHERE o.id = ANY($1::uuid[])`,
      [[...ids]],
    )) as ContactRow[];
    return new Map(rows.map((row) => [row.id, contactOf(row)]));
  }

  async get(id: string): Promise<PartnerContact | null> {
    return (await this.byIds([id])).get(id) ?? null;
  }

  loader(loaders: RequestLoaders): DataLoader<string, PartnerContact | null> {
    return loaders.get('partnerContactById', () =>
      new DataLoader<string, PartnerContact | null>(async (ids) => {
        const contacts = await this.byIds(ids);
        return ids.map((id) => contacts.get(id) ?? null);
      }),
    );
  }
}

function contactOf(row: ContactRow): PartnerContact {
  if (row.admin_email !== null) {
    return { organizationName: row.name, name: row.admin_name ?? row.name, email: row.admin_email, phone: row.admin_phone };
  }
  return { organizationName: row.name, name: row.contact_name ?? row.name, email: row.email, phone: row.phone };
}
