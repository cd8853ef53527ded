// The record page (a drawer over the ledger): picks the page for the record's kind — the fields,
// the household and its members, the house and its residents, the cases that involve the record,
// and its change history.
import { Drawer, Empty } from 'antd';
import type { OrgUnit } from '../../../../../shared/org/org-types';
import type { RecordTarget } from '../ledger-kinds';
import { DisputeRecord } from './dispute-record';
import { FacilityRecord } from './facility-record';
import { HouseRecord } from './house-record';
import { HouseholdRecord } from './household-record';
import { OrganisationRecord } from './organisation-record';
import { PersonRecord } from './person-record';
import { SpecialRecord } from './special-record';

interface Props {
  target: RecordTarget | null;
  units: OrgUnit[];
  onClose: () => void;
  onOpen: (t: RecordTarget) => void;
}

const TITLES: Record<RecordTarget['kind'], string> = {
  person: '人员档案',
  household: '户档案',
  house: '房屋档案',
  building: '楼栋',
  organisation: '单位场所档案',
  facility: '部件设施档案',
  special: '特殊人群档案',
  dispute: '矛盾纠纷登记',
};

export function RecordDrawer({ target, units, onClose, onOpen }: Props) {
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={980}
      title={target ? TITLES[target.kind] : ''}
      destroyOnHidden
      className="tg-record-drawer"
      data-testid="record-drawer"
    >
      {target ? <RecordBody key={`${target.kind}:${target.id}`} target={target} units={units} onOpen={onOpen} /> : null}
    </Drawer>
  );
}

function RecordBody({ target, units, onOpen }: { target: RecordTarget; units: OrgUnit[]; onOpen: (t: RecordTarget) => void }) {
  switch (target.kind) {
    case 'person':
      return <PersonRecord id={target.id} units={units} onOpen={onOpen} />;
    case 'household':
      return <HouseholdRecord id={target.id} onOpen={onOpen} />;
    case 'house':
      return <HouseRecord id={target.id} units={units} onOpen={onOpen} />;
    case 'organisation':
      return <OrganisationRecord id={target.id} units={units} />;
    case 'facility':
      return <FacilityRecord id={target.id} units={units} />;
    case 'special':
      return <SpecialRecord id={target.id} units={units} onOpen={onOpen} />;
    case 'dispute':
      return <DisputeRecord id={target.id} units={units} />;
    default:
      return <Empty description="此类记录没有档案页" />;
  }
}
