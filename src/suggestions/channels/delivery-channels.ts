import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DeliveryChannel, RegisterDeliveryChannel } from './delivery-channel';

/** Every delivery channel of this process, by name: what the planner and the dispatcher work through. */
@Injectable()
export class DeliveryChannels implements OnModuleInit {
  private byName = new Map<string, DeliveryChannel>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit() {
    for (const wrapper of this.discovery.getProviders({ metadataKey: RegisterDeliveryChannel.KEY })) {
      const channel = wrapper.instance as DeliveryChannel;
      if (this.byName.has(channel.name)) throw new Error(`two delivery channels are named ${channel.name}`);
      this.byName.set(channel.name, channel);
    }
  }

  get all(): DeliveryChannel[] {
    return [...this.byName.values()];
  }

  /** The channel of a stored delivery; undefined for one no channel of this process sends. */
  get(name: string): DeliveryChannel | undefined {
    return this.byName.get(name);
  }
}
