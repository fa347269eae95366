namespace LeftBehind.Dialogs.Rights;

/// <summary>What the consent gate did with a turn.</summary>
internal enum ConsentGateOutcome
{
    /// <summary>Not its business (no family member without consent, or an emergency): the turn goes on.</summary>
    PassThrough,

    /// <summary>The gate answered; nothing else runs this turn.</summary>
    Handled,

    /// <summary>The person just agreed: their earlier request (<see cref="ConsentGate.TakeEarlierRequestAsync"/>), or else the menu, follows in the same turn.</summary>
    AgreedShowMenu,
}
